-- Reopening rules (issue 11, item 4). A closed request is not reopened as a rule: the person files a
-- new request, with its own acknowledgement and deadlines (R6, R8; domain §3.2: a social investigation
-- for each new request and revision); a decided request is revised (R9, R13) or appealed (R12); a
-- withdrawn one needs a new request; a transferred one is the competent CPAS's (R7). The one exception:
-- a request closed without any decision — the CPAS still owes the person a decision on it (RIS law
-- art. 18, R8; otherwise an appeal against the absence of a decision lies, R12) — is reopened with a
-- reason, keeping its original date, and its integrations are registered again at the hub.
ALTER TABLE aid_requests
  ADD COLUMN reopened_at timestamptz,
  ADD COLUMN reopened_by uuid REFERENCES users (id),
  ADD COLUMN reopen_reason text CHECK (length(reopen_reason) <= 1000);
