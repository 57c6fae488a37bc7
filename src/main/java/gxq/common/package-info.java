/**
 * Shared building blocks: Chinese identifier validation, personal-data encryption and masking.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Common")
package gxq.common;
