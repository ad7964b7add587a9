import { ImageRenderer } from '../src/storage/renderer/image'

process.env.IMGPROXY_URL = 'http://localhost:50020'

describe('image transformation', () => {
  it('builds imgproxy segments', () => {
    expect(ImageRenderer.applyTransformation({ width: 100, height: 200, resize: 'contain' })).toEqual([
      'height:200',
      'width:100',
      'resizing_type:fit',
    ])
  })

  it('clamps sizes to the configured limits', () => {
    expect(ImageRenderer.applyTransformation({ width: 99999 })).toEqual(['width:2000', 'resizing_type:fill'])
  })
})
