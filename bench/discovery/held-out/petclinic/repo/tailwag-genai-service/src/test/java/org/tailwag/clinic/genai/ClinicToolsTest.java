package org.tailwag.clinic.genai;

import org.junit.jupiter.api.Test;
import org.tailwag.clinic.genai.dto.OwnerDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ClinicToolsTest {

    @Test
    void listOwnersDelegatesToDataProvider() {
        AIDataProvider provider = mock(AIDataProvider.class);
        when(provider.getAllOwners()).thenReturn(List.of(
            new OwnerDetails(1, "Mara", "Lindqvist", "14 Harbour Rd.", "Port Elm", "6085551023", List.of())));

        ClinicTools tools = new ClinicTools(provider);

        assertThat(tools.listOwners()).extracting(OwnerDetails::lastName).containsExactly("Lindqvist");
    }
}
