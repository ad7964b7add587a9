/*
 * Copyright 2024 Portalyard Platform Team
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cmdb_configuration_items', table => {
    table.comment('Cached configuration items from the CMDB');
    table.string('ci_id').primary().notNullable();
    table.string('name').notNullable().index();
    table.text('payload').notNullable();
    table.string('updated_at').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cmdb_configuration_items');
};
