export const fixedData = {
  pipelines: [
    { id: '8fbe3bd6-a01f-11e8-98d0-529269fb1459', name: 'Unstructured text', description: 'An example pipeline', created_at: new Date('2018-04-01T20:58:23.000Z') },
    { id: '8fbe3f78-a01f-11e8-98d0-529269fb1459', name: 'Image classification', description: 'An example pipeline', created_at: new Date('2018-04-02T20:59:29.000Z') },
  ],
  runs: [
    { run: { id: '3308d0ec-f1b3-4488-a2d3-8ad0f91e88e7', name: 'coinflip-recursive-run-lknlfs3', status: 'Succeeded' } },
  ],
};
