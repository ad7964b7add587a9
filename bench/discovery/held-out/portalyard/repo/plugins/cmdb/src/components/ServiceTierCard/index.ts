export { ServiceTierCard } from './ServiceTierCard';
