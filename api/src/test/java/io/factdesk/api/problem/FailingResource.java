package io.factdesk.api.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only API operation with a bug, so the 500 problem can be seen; hidden from the OpenAPI document. */
@Path("/api/v1/test-only/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("a bug only this test has");
    }
}
