-- The layers of this run in output order: the built-in ones the study enables, then the overlays.
create or replace table layers_enabled (
  layer varchar,
  layer_order integer,
  is_overlay boolean
);
