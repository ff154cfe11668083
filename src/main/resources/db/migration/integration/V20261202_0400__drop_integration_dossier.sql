-- The dossier API reads a dossier's procedure code, agencies, channel and outcome from the dossier module
-- (DossierQueries.record) instead of keeping its own copy from the events.
drop table integration_dossier;
