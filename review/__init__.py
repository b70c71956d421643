"""Review service: storage, jobs, queue, decisions, dossiers and exports on top of intake and classifier."""
