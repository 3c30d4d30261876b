import { compareReadouts, formatComparisonText } from 'readout-diff';

const before = `The Ministers confirmed that they would not accept any unilateral attempt to change the status quo by force.

Secretary Austin reiterated that the U.S. commitment to providing extended deterrence including nuclear capabilities to Japan remains unwavering.

The Ministers welcomed the progress of discussions on roles and missions of the Alliance.`;

const after = `The Ministers reaffirmed that they would strongly oppose any unilateral attempt to change the status quo by force.

Secretary Austin reiterated that the U.S. commitment to providing extended deterrence to Japan remains unwavering.

The Ministers condemned North Korea's ballistic missile launches.`;

console.log(formatComparisonText(compareReadouts(before, after)));
