-- A teacher chooses per assignment when students see feedback: AFTER_EACH (answers final once shown) or
-- AT_END (answers change until the quiz is submitted). Null: as the lesson's quiz says.
alter table assignment add column feedback varchar(20);
