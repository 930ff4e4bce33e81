-- The persons under watch (R45), a few dozen among a CPAS's hundreds of thousands: the misuse
-- indicators join the period's (user, person) pairs to them on every read (sensitive-person-access),
-- and the oversight page lists them. Without this index each read scanned the whole persons table.
CREATE INDEX persons_watched ON persons (id) WHERE is_sensitive;
