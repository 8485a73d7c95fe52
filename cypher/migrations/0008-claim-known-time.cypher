// As-known queries ("what did the graph know on 2021-10-01?") filter every claim by the day it
// became known; without an index that is a scan of all claims.
CREATE INDEX claim_known_from IF NOT EXISTS FOR (n:Claim) ON (n.knownFrom);
