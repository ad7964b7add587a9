// Turns the rows of "SELECT vote, COUNT(id) ... GROUP BY vote" into { a: n, b: m }.
function collectVotesFromResult(result) {
  const votes = { a: 0, b: 0 };

  result.rows.forEach((row) => {
    if (row.vote in votes) {
      votes[row.vote] = parseInt(row.count, 10);
    }
  });

  return votes;
}

module.exports = { collectVotesFromResult };
