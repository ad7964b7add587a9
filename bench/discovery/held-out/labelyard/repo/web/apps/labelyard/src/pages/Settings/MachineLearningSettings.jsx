import { useCallback, useContext, useEffect, useState } from "react";
import { Button } from "../../components";
import { Description } from "../../components/Description/Description";
import { Form, Input, Label, Toggle } from "../../components/Form";
import { modal } from "../../components/Modal/Modal";
import { useAPI } from "../../providers/ApiProvider";
import { ProjectContext } from "../../providers/ProjectProvider";
import { MachineLearningList } from "./MachineLearningList";

export const MachineLearningSettings = () => {
  const api = useAPI();
  const { project, fetchProject } = useContext(ProjectContext);
  const [backends, setBackends] = useState([]);

  const fetchBackends = useCallback(async () => {
    const models = await api("mlBackends", { params: { project: project.id } });
    if (models) setBackends(models);
  }, [project, setBackends]);

  const showMLFormModal = useCallback(
    (backend) => {
      const action = backend ? "updateMlBackend" : "addMLBackend";
      const modalProps = {
        title: `${backend ? "Edit" : "Connect"} Model`,
        style: { width: 760 },
        closeOnClickOutside: false,
        body: (
          <Form
            action={action}
            formData={{ ...(backend ?? {}) }}
            params={{ pk: backend?.id }}
            onSubmit={async () => {
              await fetchBackends();
              modalRef.close();
            }}
          >
            <Input type="hidden" name="project" value={project.id} />
            <Form.Row columnCount={1}>
              <Input name="title" label="Name" placeholder="Enter a name" required />
            </Form.Row>
            <Form.Row columnCount={1}>
              <Input name="url" label="Backend URL" placeholder="http://localhost:9090" required />
            </Form.Row>
            <Form.Row columnCount={1}>
              <Toggle name="is_interactive" label="Interactive preannotations" />
            </Form.Row>
            <Form.Actions>
              <Button type="submit" look="primary">
                Validate and Save
              </Button>
            </Form.Actions>
          </Form>
        ),
      };
      const modalRef = modal(modalProps);
    },
    [project, fetchBackends],
  );

  useEffect(() => {
    if (project.id) fetchBackends();
  }, [project]);

  return (
    <div>
      <Description style={{ marginTop: 0, maxWidth: 680 }}>
        Connect a model server to Labelyard to get predictions and train the model interactively.
      </Description>
      <Button onClick={() => showMLFormModal()}>Connect Model</Button>
      <Label text="Models" large />
      <MachineLearningList onEdit={(backend) => showMLFormModal(backend)} fetchBackends={fetchBackends} backends={backends} />
    </div>
  );
};
