import {
  Table, Column, DataType, ForeignKey, BelongsTo, Scopes, DefaultScope, Length, IsDate,
} from "sequelize-typescript";
import Collection from "./Collection";
import Team from "./Team";
import User from "./User";
import ParanoidModel from "./base/ParanoidModel";
import Fix from "./decorators/Fix";

@DefaultScope(() => ({ attributes: { exclude: ["state"] } }))
@Scopes(() => ({
  withState: { attributes: { exclude: [] } },
}))
@Table({ tableName: "documents", modelName: "document" })
@Fix
class Document extends ParanoidModel {
  @Length({ max: 255, msg: "Document title must be 255 characters or less" })
  @Column
  title: string;

  @Column(DataType.TEXT)
  text: string;

  @Column(DataType.BLOB)
  state: Uint8Array | null;

  @Column
  urlId: string;

  @IsDate
  @Column
  publishedAt: Date | null;

  @IsDate
  @Column
  archivedAt: Date | null;

  @BelongsTo(() => User, "lastModifiedById")
  updatedBy: User;

  @ForeignKey(() => User)
  @Column(DataType.UUID)
  lastModifiedById: string;

  @ForeignKey(() => User)
  @Column(DataType.UUID)
  createdById: string;

  @BelongsTo(() => Team, "teamId")
  team: Team;

  @ForeignKey(() => Team)
  @Column(DataType.UUID)
  teamId: string;

  @BelongsTo(() => Collection, "collectionId")
  collection: Collection | null;

  @ForeignKey(() => Collection)
  @Column(DataType.UUID)
  collectionId?: string | null;
}

export default Document;
