"""Event typing: PLOVER type and mode from the trigger table (triggers), ACLED event and sub-event type (acled)."""
