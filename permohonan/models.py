"""Information requests, notices, objections and the working-day calendar (issues to come)."""
