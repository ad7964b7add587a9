import { describe, it, expect } from 'vitest';
import { mount } from '@vue/test-utils';
import SongList from '../src/components/SongList.vue';

describe('SongList', () => {
  it('renders each song', () => {
    const wrapper = mount(SongList, {
      props: {
        title: 'Top',
        songs: [
          { id: 1, name: 'Song A', artist: 'A', genre: 'rock' },
          { id: 2, name: 'Song B', artist: 'B', genre: 'pop' },
        ],
      },
    });
    expect(wrapper.findAll('li')).toHaveLength(2);
  });
});
