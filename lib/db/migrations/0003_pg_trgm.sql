-- Trigram indexes make history search (any words, names, campaigns) use an index instead of reading every row.
-- PostgreSQL ships pg_trgm in its server package and lets a database owner create it (it is a trusted extension);
-- PGlite has it only when opened with the extension (lib/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
