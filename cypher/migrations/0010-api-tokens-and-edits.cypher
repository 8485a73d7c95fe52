// API tokens are found by their public id on every authenticated request; edits by id, and an
// idempotency key replayed by a client must find the first edit it made.
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edit_id IF NOT EXISTS FOR (n:Edit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edit_idempotency_key IF NOT EXISTS FOR (n:Edit) REQUIRE n.idempotencyKey IS UNIQUE;
// A node's and a claim's history are read newest first.
CREATE INDEX edit_at IF NOT EXISTS FOR (n:Edit) ON (n.at);
