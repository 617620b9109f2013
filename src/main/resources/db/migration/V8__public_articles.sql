-- An article is public (listed and served by /api/articles) only while it is the current version of a
-- published lesson. Older versions and the articles of unpublished lessons stay stored for the attempts
-- made on them, but no public route or API shows them.
alter table article add column is_public boolean default false not null;
update article set is_public = true where slug in (select article_slug from lesson where hidden = false);
