import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import _ from 'lodash';

export default function Vote() {
  const [emojiList, setEmojiList] = useState([]);
  const [selected, setSelected] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    fetch('/api/list')
      .then(rsp => rsp.json())
      .then(list => setEmojiList(_.shuffle(list)))
      .catch(e => setError(e.toString()));
  }, []);

  const vote = emoji => {
    fetch(`/api/vote?choice=${encodeURIComponent(emoji.shortcode)}`)
      .then(rsp => {
        if (!rsp.ok) throw new Error(`Unable to vote for ${emoji.unicode}`);
        setSelected(emoji);
      })
      .catch(e => setError(e.message));
  };

  if (error) {
    return (
      <div className="background">
        <h1>404 🚧</h1>
        <p className="error">{error}</p>
        <Link to="/">Pick another one</Link>
      </div>
    );
  }

  if (selected) {
    return (
      <div className="background">
        <h1>🎉 You voted for {selected.unicode} 🎉</h1>
        <Link to="/leaderboard">View the leaderboard</Link>
      </div>
    );
  }

  return (
    <div className="background">
      <h1>EMOJI VOTE 🗳</h1>
      <p>Tap to vote for your favorite emoji below</p>
      <div className="emoji-list">
        {emojiList.map(e => (
          <div key={e.shortcode} className="emoji" onClick={() => vote(e)}>{e.unicode}</div>
        ))}
      </div>
    </div>
  );
}
