import BaseTask from "./BaseTask";
import EmailTask from "./EmailTask";
import ExportDocumentTreeTask from "./ExportDocumentTreeTask";

const tasks: Record<string, typeof BaseTask> = {
  EmailTask,
  ExportDocumentTreeTask,
};

export default tasks;
