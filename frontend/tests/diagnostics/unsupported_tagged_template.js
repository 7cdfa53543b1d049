tag`hello`;
