"""Numbers of people: number phrases and victims named without one → ``Count`` records, and an article's tolls (its body and headline)."""
