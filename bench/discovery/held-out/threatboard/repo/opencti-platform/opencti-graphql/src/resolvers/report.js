import { addReport, findAll, findById } from '../domain/report';
import { findAllConnectors, registerConnector } from '../domain/connector';

const reportResolvers = {
  Query: {
    report: (_, { id }) => findById(id),
    reports: (_, args) => findAll(args),
    connectors: () => findAllConnectors(),
  },
  Mutation: {
    reportAdd: (_, input) => addReport(input),
    registerConnector: (_, input) => registerConnector(input),
  },
};

export default reportResolvers;
