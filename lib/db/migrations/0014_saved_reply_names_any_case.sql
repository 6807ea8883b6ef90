ALTER TABLE "saved_replies" DROP CONSTRAINT "saved_replies_name_unique";--> statement-breakpoint
-- Names become unique in any capitals. A history may already hold "thanks" and "Thanks" (or "thanks " from before
-- names were trimmed), which the index below would refuse, stopping every start-up: each one after the first
-- (by created_at, then id) is renamed "Thanks (2)", "Thanks (3)"…, skipping a suffix another name already has and
-- kept within the form's 60 characters, so the rename is the same on every engine and every run.
UPDATE "saved_replies" SET "name" = btrim("name") WHERE "name" <> btrim("name");--> statement-breakpoint
DO $$
DECLARE
  later record;
  n integer;
  suffix text;
  candidate text;
BEGIN
  FOR later IN
    SELECT "id", "name" FROM (
      SELECT "id", "name",
        row_number() OVER (PARTITION BY lower("name") ORDER BY "created_at", "id") AS "rank"
      FROM "saved_replies"
    ) AS "ranked"
    WHERE "rank" > 1
    ORDER BY lower("name"), "rank"
  LOOP
    n := 2;
    LOOP
      suffix := ' (' || n || ')';
      candidate := rtrim(left(later."name", 60 - length(suffix))) || suffix;
      EXIT WHEN NOT EXISTS (SELECT 1 FROM "saved_replies" WHERE lower("name") = lower(candidate));
      n := n + 1;
    END LOOP;
    UPDATE "saved_replies" SET "name" = candidate WHERE "id" = later."id";
  END LOOP;
END
$$;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_replies_name_lower_unique" ON "saved_replies" USING btree (lower("name"));
