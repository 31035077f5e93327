"""probes1: four city portals of 盲测省 and one province identity service, written blind (README.md)."""
