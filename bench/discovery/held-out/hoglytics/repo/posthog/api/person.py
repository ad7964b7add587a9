from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from posthog.clickhouse.client import sync_execute
from posthog.models.person.person import Person
from posthog.models.person.util import create_person, delete_person
from posthog.tasks.exports.csv_exporter import export_csv

PERSON_EVENTS_SQL = """
SELECT uuid, event, timestamp FROM events
WHERE team_id = %(team_id)s AND person_id = %(person_id)s
ORDER BY timestamp DESC LIMIT 100
"""


class PersonViewSet(viewsets.ViewSet):
    def retrieve(self, request: Request, team_id: int, pk=None) -> Response:
        person = Person.objects.get(team_id=team_id, uuid=pk)
        events = sync_execute(PERSON_EVENTS_SQL, {"team_id": team_id, "person_id": str(person.uuid)})
        return Response({"uuid": str(person.uuid), "properties": person.properties, "events": events})

    @action(methods=["POST"], detail=True)
    def update_property(self, request: Request, team_id: int, pk=None) -> Response:
        person = Person.objects.get(team_id=team_id, uuid=pk)
        person.properties[request.data["key"]] = request.data["value"]
        person.version = (person.version or 0) + 1
        person.save()
        create_person(
            team_id=person.team_id,
            uuid=person.uuid,
            version=person.version,
            properties=person.properties,
            is_identified=person.is_identified,
            created_at=person.created_at,
        )
        return Response(status=status.HTTP_202_ACCEPTED)

    def destroy(self, request: Request, team_id: int, pk=None) -> Response:
        person = Person.objects.get(team_id=team_id, uuid=pk)
        delete_person(person)
        person.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(methods=["POST"], detail=False)
    def export(self, request: Request, team_id: int) -> Response:
        from posthog.models.exported_asset import ExportedAsset

        asset = ExportedAsset.objects.create(team_id=team_id, export_context=request.data, created_by=request.user)
        export_csv.delay(asset.id)
        return Response({"id": asset.id}, status=status.HTTP_201_CREATED)
