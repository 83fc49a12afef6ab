"""Everything that touches the outside world: console, Slack, Discord, the scheduler."""
