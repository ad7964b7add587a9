'use strict';

// Reward miles per segment: the great-circle-ish "miles" stored on the segment,
// with a bonus multiplier for long haul.
function rewardMiles(segment) {
  if (!segment) return 0;
  const miles = segment.miles || 0;
  return miles > 3000 ? Math.round(miles * 1.25) : miles;
}

module.exports = { rewardMiles };
