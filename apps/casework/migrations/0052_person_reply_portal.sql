-- The answer to the person's statement and the outcome of their contest go back to the person (R39,
-- R40) through the hub to the portal that sent the request (outbox topic `person-reply`, content
-- encrypted to that portal when it is sent). The portal is the one the hub named in `person-request`.
ALTER TABLE person_statements ADD COLUMN portal_kbo char(10);
ALTER TABLE person_contests ADD COLUMN portal_kbo char(10);
