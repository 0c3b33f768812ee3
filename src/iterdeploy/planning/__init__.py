"""Planning core: PDDL reading/writing, validation, small-task search, plan extraction,
and the reference planner adapter. Pure Python; nothing heavy is imported."""
