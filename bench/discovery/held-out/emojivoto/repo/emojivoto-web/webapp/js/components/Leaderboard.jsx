import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';

const REFRESH_MS = 5000;

export default function Leaderboard() {
  const [leaders, setLeaders] = useState([]);

  useEffect(() => {
    const load = () =>
      fetch('/api/leaderboard')
        .then(rsp => rsp.json())
        .then(setLeaders)
        .catch(() => setLeaders([]));
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="background">
      <h1>EMOJI VOTE 🏆 LEADERBOARD</h1>
      <div className="leaderboard">
        {leaders.map(l => (
          <div key={l.shortcode} className="leader">
            <span className="emoji">{l.unicode}</span>
            <span className="votes">{l.votes} votes</span>
          </div>
        ))}
      </div>
      <Link to="/">Vote again</Link>
    </div>
  );
}
