-- A tlog witness (C2SP tlog-witness, ADR 0017): for each log it follows, the latest checkpoint it
-- cosigned. The size only grows, by compare-and-swap on the stored size, so two concurrent
-- add-checkpoint calls can never roll the witnessed tree back.
CREATE TABLE witnessed_logs (
  origin text PRIMARY KEY,
  tree_size bigint NOT NULL CHECK (tree_size >= 0),
  root_hash bytea NOT NULL,
  checkpoint text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What the witness refused from a correctly signed log: possible evidence of a log's misbehaviour
-- (a split view, a rewritten history). Append-only.
CREATE TABLE witness_refusals (
  id bigserial PRIMARY KEY,
  origin text NOT NULL,
  reason text NOT NULL,
  stored_size bigint,
  stored_root bytea,
  presented_size bigint NOT NULL,
  presented_root bytea NOT NULL,
  checkpoint text NOT NULL,
  refused_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION refuse_witness_refusal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'witness refusals are append-only';
END $$;
CREATE TRIGGER witness_refusals_append_only BEFORE UPDATE OR DELETE ON witness_refusals FOR EACH ROW EXECUTE FUNCTION refuse_witness_refusal_change();
