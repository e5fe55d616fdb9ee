"""Qt-free, database-free domain: entities, rules, operations, analysis."""
