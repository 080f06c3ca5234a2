package io.factdesk.api.settings;

import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.verification.settings.Policies;
import io.factdesk.verification.settings.Profile;
import io.factdesk.verification.settings.RatingEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Bodies of the settings operations. */
public final class SettingsRequests {

    private SettingsRequests() {
    }

    /** One rating-scale entry. */
    public record RatingEntryRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String code,
            @NotBlank @Size(max = 100) String label,
            @Min(-1000) @Max(1000) Integer value,
            @NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
            @Size(max = 5000) String description,
            Map<@Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") String, @NotBlank @Size(max = 100) String> translations,
            Map<@Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") String, @NotBlank @Size(max = 5000) String>
                    descriptionTranslations) {

        RatingEntry entry() {
            return new RatingEntry(code, label, value, colour, description, translations, descriptionTranslations);
        }
    }

    /** The whole scale in display order. */
    public record RatingScaleRequest(@NotEmpty @Size(max = 30) List<@Valid @NotNull RatingEntryRequest> entries) {

        List<RatingEntry> toEntries() {
            return entries.stream().map(RatingEntryRequest::entry).toList();
        }
    }

    /** Approval panel k-of-n and evidence minimums. */
    public record PoliciesRequest(
            @NotNull @Min(1) @Max(10) Integer approvalsRequired,
            @NotNull @Min(1) @Max(20) Integer panelSize,
            @NotNull @Min(0) @Max(50) Integer minEvidence,
            @NotNull @Min(0) @Max(50) Integer minDistinctPublishers) {

        Policies policies() {
            return new Policies(approvalsRequired, panelSize, minEvidence, minDistinctPublishers);
        }
    }

    /** The organisation's public profile and methodology (Markdown). */
    public record ProfileRequest(
            @NotBlank @Size(max = 200) String name,
            @ValidWebUrl String url,
            @Size(max = 5000) String description,
            @Size(max = 100000) String methodology) {

        Profile profile() {
            return new Profile(name, url, description, methodology);
        }
    }
}
