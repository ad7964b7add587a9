package org.tailwag.clinic.genai;

import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Component;
import org.tailwag.clinic.genai.dto.OwnerDetails;
import org.tailwag.clinic.genai.dto.OwnerRequest;
import org.tailwag.clinic.genai.dto.PetDetails;
import org.tailwag.clinic.genai.dto.PetRequest;

import java.util.List;

/**
 * Functions the model may call while answering.
 */
@Component
public class ClinicTools {

    private final AIDataProvider dataProvider;

    public ClinicTools(AIDataProvider dataProvider) {
        this.dataProvider = dataProvider;
    }

    @Tool(description = "List the owners registered at the Tailwag clinic, with their pets")
    public List<OwnerDetails> listOwners() {
        return dataProvider.getAllOwners();
    }

    @Tool(description = "Register a new pet owner. All fields are mandatory; telephone is digits only")
    public OwnerDetails addOwner(OwnerRequest ownerRequest) {
        return dataProvider.addOwnerToClinic(ownerRequest);
    }

    @Tool(description = "Add a pet to an existing owner. Pet type ids: 1 cat, 2 dog, 3 lizard, 4 snake, 5 bird, 6 hamster")
    public PetDetails addPetToOwner(@ToolParam(description = "owner id") int ownerId, PetRequest petRequest) {
        return dataProvider.addPetToOwner(ownerId, petRequest);
    }

    @Tool(description = "Find veterinarians matching a question, e.g. a specialty or a name")
    public List<String> findVets(String question) {
        return dataProvider.findVets(question, 20);
    }
}
