import {
  AllowNull, BelongsTo, Column, CreatedAt, DataType, Default, ForeignKey, HasMany, Is, Model, Table, UpdatedAt
} from 'sequelize-typescript'
import { Op, Transaction } from 'sequelize'
import { VideoFileModel } from './video-file.js'
import { VideoChannelModel } from './video-channel.js'

@Table({
  tableName: 'video',
  indexes: [
    { fields: [ 'name' ] },
    { fields: [ 'createdAt' ] },
    { fields: [ 'uuid' ], unique: true },
    { fields: [ 'url' ], unique: true }
  ]
})
export class VideoModel extends Model {

  @AllowNull(false)
  @Default(DataType.UUIDV4)
  @Column(DataType.UUID)
  uuid: string

  @AllowNull(false)
  @Column
  name: string

  @AllowNull(true)
  @Column(DataType.STRING(10000))
  description: string

  @AllowNull(false)
  @Column
  privacy: number

  @AllowNull(false)
  @Default(0)
  @Column
  views: number

  @AllowNull(false)
  @Column
  state: number

  @AllowNull(false)
  @Column(DataType.STRING(2000))
  url: string

  @AllowNull(false)
  @Column
  remote: boolean

  @CreatedAt
  createdAt: Date

  @UpdatedAt
  updatedAt: Date

  @ForeignKey(() => VideoChannelModel)
  @Column
  channelId: number

  @BelongsTo(() => VideoChannelModel, { foreignKey: { allowNull: true }, onDelete: 'cascade' })
  VideoChannel: VideoChannelModel

  @HasMany(() => VideoFileModel, { foreignKey: { name: 'videoId', allowNull: true }, hooks: true, onDelete: 'cascade' })
  VideoFiles: VideoFileModel[]

  static loadByUUID (uuid: string, transaction?: Transaction) {
    return VideoModel.findOne({ where: { uuid }, transaction })
  }

  static listLocalIds (): Promise<number[]> {
    return VideoModel.findAll({ attributes: [ 'id' ], raw: true, where: { remote: false } })
      .then(rows => rows.map(r => r.id))
  }

  static listPublishedLive () {
    return VideoModel.findAll({ where: { isLive: true, state: { [Op.eq]: 1 } } })
  }

  static async incrementViews (id: number, views: number) {
    return VideoModel.increment('views', { by: views, where: { id } })
  }
}
