"""Event typing: PLOVER type and mode from the trigger table (triggers, phrases), ACLED event and
sub-event type (acled), the learned type model's events (learned), and what the parse says of each
trigger for the rules of reference (mentions)."""
