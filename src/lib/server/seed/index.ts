// Demo and synthetic data for development, demos, tests and benchmarks.
export { seedDemoAccounts } from './demo';
export { DEMO_ACCOUNTS, type DemoAccountKey } from './demo-accounts';
export { DEMO_ANSWERS, DEMO_SUPPLIERS } from './demo-answers';
export { seedDemoAssessment } from './demo-assessment';
export { seedDemoStatistics } from './demo-statistics';
export { seedSyntheticStatistics } from './synthetic-stats';
