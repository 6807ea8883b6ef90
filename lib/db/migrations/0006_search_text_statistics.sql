-- A search for a word in 1-2% of messages (a common surname) is fastest read newest first along the primary key,
-- stopping after a page; a rare word is fastest through the trigram index. The planner tells them apart by the
-- column's statistics: with the default 100 histogram entries a 1.5% word could be estimated at 0.01%, and the
-- page then fetched and sorted all 15,000 matches of a million rows (65 ms instead of 3 ms). 1,000 entries
-- resolve a tenth of a percent.
ALTER TABLE "messages" ALTER COLUMN "search_text" SET STATISTICS 1000;
