-- Optional e-mail reminders (off by default, portal.mail.enabled): the address a reminder goes to
-- belongs to the login account, and each notification remembers when it was mailed, so a restart
-- or a second sweep never mails it twice.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
ALTER TABLE trn_notification ADD COLUMN mailed_at TIMESTAMP;
