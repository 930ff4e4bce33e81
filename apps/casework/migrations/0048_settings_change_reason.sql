-- Why a setting changed (issue 12, scope 2: the CPAS's sharing and retention settings are changed by
-- its administrator with a reason). The reason stays here, beside the previous value, and not in the
-- hash-chained audit log (no free text in the chain); it is required for the sharing and retention
-- settings by the service, optional for the others.
ALTER TABLE settings_history ADD COLUMN reason text CHECK (length(reason) <= 500);
