// Small-number suppression for every count that is shown.
export {
	type Entry,
	type OneWay,
	type OneWayPattern,
	percent,
	roundCount,
	suppressEntries,
	suppressOneWay,
	suppressTwoWay
} from './suppression';
