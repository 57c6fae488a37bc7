/**
 * Sharing between zones: good practices and tools, help requests (互帮互助), and the ministry's announcements with read
 * receipts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package gxq.exchange;
