import { MachineLearningRepository } from 'src/repositories/machine-learning.repository';
import { newConfigRepositoryMock } from 'test/repositories/config.repository.mock';
import { newLoggingRepositoryMock } from 'test/repositories/logger.repository.mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';

describe(MachineLearningRepository.name, () => {
  let sut: MachineLearningRepository;
  const fetchMock = vi.fn();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
    sut = new MachineLearningRepository(newLoggingRepositoryMock(), newConfigRepositoryMock());
    sut.setup({
      enabled: true,
      urls: ['http://localhost:3003', 'http://127.0.0.1:3004'],
      availabilityChecks: { enabled: false, timeout: 1000, interval: 30_000 },
      clip: { enabled: true, modelName: 'ViT-B-32__openai' },
      duplicateDetection: { enabled: true, maxDistance: 0.01 },
      facialRecognition: { enabled: true, modelName: 'buffalo_l', minScore: 0.7, maxDistance: 0.5, minFaces: 3 },
    });
  });

  it('should encode text against the first url', async () => {
    fetchMock.mockResolvedValue({ ok: true, json: () => Promise.resolve({ clip: '[0.1,0.2]' }) });

    await expect(sut.encodeText('a dog', { modelName: 'ViT-B-32__openai' })).resolves.toEqual('[0.1,0.2]');
    expect(fetchMock).toHaveBeenCalledWith(new URL('http://localhost:3003/predict'), expect.anything());
  });

  it('should fall back to the next url', async () => {
    fetchMock.mockRejectedValueOnce(new Error('ECONNREFUSED'));
    fetchMock.mockResolvedValueOnce({ ok: true, json: () => Promise.resolve({ clip: '[0.3]' }) });

    await expect(sut.encodeText('a cat', { modelName: 'ViT-B-32__openai' })).resolves.toEqual('[0.3]');
    expect(fetchMock).toHaveBeenLastCalledWith(new URL('http://127.0.0.1:3004/predict'), expect.anything());
  });

  it('should throw when every url fails', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 500, statusText: 'Internal Server Error' });
    await expect(sut.encodeText('a bird', { modelName: 'ViT-B-32__openai' })).rejects.toThrow('failed for all URLs');
  });
});
