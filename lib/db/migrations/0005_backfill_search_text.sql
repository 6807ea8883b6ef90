-- Gives rows sent before search_text existed the same text the send path writes (lib/history/search-text.ts):
-- the customer's name, the campaign, every string in a session message's "message", a template's name and its
-- parameter values, one per line, in lower case. jsonb_path_query's last argument (silent) makes a missing key
-- yield nothing.
UPDATE "messages" SET "search_text" = lower(concat_ws(
  E'\n',
  NULLIF("recipient_name", ''),
  NULLIF("campaign_name", ''),
  (
    SELECT string_agg("value" #>> '{}', E'\n')
    FROM (
      SELECT jsonb_path_query("request"::jsonb, 'strict $.message.** ? (@.type() == "string")', '{}', true)
      UNION ALL
      SELECT jsonb_path_query("request"::jsonb, 'strict $.templateName ? (@.type() == "string")', '{}', true)
      UNION ALL
      SELECT jsonb_path_query("request"::jsonb, 'strict $.parameters[*].value ? (@.type() == "string")', '{}', true)
    ) AS "strings" ("value")
    WHERE "value" #>> '{}' <> ''
  )
))
WHERE "search_text" = '';
