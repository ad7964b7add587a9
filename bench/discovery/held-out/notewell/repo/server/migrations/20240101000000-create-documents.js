"use strict";

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("documents", {
      id: { type: Sequelize.UUID, allowNull: false, primaryKey: true },
      urlId: { type: Sequelize.STRING, allowNull: false, unique: true },
      title: { type: Sequelize.STRING, allowNull: false },
      text: { type: Sequelize.TEXT, allowNull: true },
      state: { type: Sequelize.BLOB, allowNull: true },
      teamId: { type: Sequelize.UUID, allowNull: false, references: { model: "teams" } },
      collectionId: { type: Sequelize.UUID, allowNull: true, references: { model: "collections" } },
      createdById: { type: Sequelize.UUID, allowNull: true, references: { model: "users" } },
      lastModifiedById: { type: Sequelize.UUID, allowNull: true, references: { model: "users" } },
      publishedAt: { type: Sequelize.DATE, allowNull: true },
      archivedAt: { type: Sequelize.DATE, allowNull: true },
      createdAt: { type: Sequelize.DATE, allowNull: false },
      updatedAt: { type: Sequelize.DATE, allowNull: false },
      deletedAt: { type: Sequelize.DATE, allowNull: true },
    });
    await queryInterface.addIndex("documents", ["teamId", "collectionId"]);
  },

  async down(queryInterface) {
    await queryInterface.dropTable("documents");
  },
};
