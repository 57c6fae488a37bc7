/**
 * Shared building blocks: Chinese identifier validation, Chinese word segmentation ({@code gxq.common.text}), personal-data encryption and masking, upload file types
 * ({@code gxq.common.files.FileType}), web errors and paging, .xlsx header styles.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Common")
package gxq.common;
