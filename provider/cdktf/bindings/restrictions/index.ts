// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface RestrictionsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take ownership of the existing object named by identifier although another tool created it (its identifier is outside this stack's prefix). Without it such an identifier is an error, so nothing is adopted by accident. Removing an adopted resource from the configuration releases the object: it stays on the server, unmanaged.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#adopt Restrictions#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Allow account modification. Supported on iOS 7.0+ (supervised), macOS 14.0+, visionOS 2.0+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_account_modification Restrictions#allow_account_modification}
  */
  readonly allowAccountModification?: boolean | cdktf.IResolvable;
  /**
  * Allow activity continuation. Supported on iOS 8.0+, macOS 10.15+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_activity_continuation Restrictions#allow_activity_continuation}
  */
  readonly allowActivityContinuation?: boolean | cdktf.IResolvable;
  /**
  * Allow adding game center friends. Supported on iOS 4.2.1+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_adding_game_center_friends Restrictions#allow_adding_game_center_friends}
  */
  readonly allowAddingGameCenterFriends?: boolean | cdktf.IResolvable;
  /**
  * Allow air drop. Supported on iOS 7.0+ (supervised), macOS 10.13+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_air_drop Restrictions#allow_air_drop}
  */
  readonly allowAirDrop?: boolean | cdktf.IResolvable;
  /**
  * Allow air play incoming requests. Supported on macOS 12.3+, tvOS 10.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_air_play_incoming_requests Restrictions#allow_air_play_incoming_requests}
  */
  readonly allowAirPlayIncomingRequests?: boolean | cdktf.IResolvable;
  /**
  * Allow air print. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_air_print Restrictions#allow_air_print}
  */
  readonly allowAirPrint?: boolean | cdktf.IResolvable;
  /**
  * Allow air print credentials storage. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_air_print_credentials_storage Restrictions#allow_air_print_credentials_storage}
  */
  readonly allowAirPrintCredentialsStorage?: boolean | cdktf.IResolvable;
  /**
  * Allow air print ibeacon discovery. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_air_print_ibeacon_discovery Restrictions#allow_air_print_ibeacon_discovery}
  */
  readonly allowAirPrintIbeaconDiscovery?: boolean | cdktf.IResolvable;
  /**
  * Allow app cellular data modification. Supported on iOS 7.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_app_cellular_data_modification Restrictions#allow_app_cellular_data_modification}
  */
  readonly allowAppCellularDataModification?: boolean | cdktf.IResolvable;
  /**
  * Allow app clips. Supported on iOS 14.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_app_clips Restrictions#allow_app_clips}
  */
  readonly allowAppClips?: boolean | cdktf.IResolvable;
  /**
  * Allow app installation. Supported on iOS 4.0+ (supervised), visionOS 2.0+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_app_installation Restrictions#allow_app_installation}
  */
  readonly allowAppInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow app removal. Supported on iOS 4.2.1+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_app_removal Restrictions#allow_app_removal}
  */
  readonly allowAppRemoval?: boolean | cdktf.IResolvable;
  /**
  * Allow apple personalized advertising. Supported on iOS 14.0+, macOS 12.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_apple_personalized_advertising Restrictions#allow_apple_personalized_advertising}
  */
  readonly allowApplePersonalizedAdvertising?: boolean | cdktf.IResolvable;
  /**
  * Allow apps to be hidden. Supported on iOS 18.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_apps_to_be_hidden Restrictions#allow_apps_to_be_hidden}
  */
  readonly allowAppsToBeHidden?: boolean | cdktf.IResolvable;
  /**
  * Allow apps to be locked. Supported on iOS 18.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_apps_to_be_locked Restrictions#allow_apps_to_be_locked}
  */
  readonly allowAppsToBeLocked?: boolean | cdktf.IResolvable;
  /**
  * Allow ard remote management modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_ard_remote_management_modification Restrictions#allow_ard_remote_management_modification}
  */
  readonly allowArdRemoteManagementModification?: boolean | cdktf.IResolvable;
  /**
  * Allow assistant. Supported on iOS 5.0+, macOS 14.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_assistant Restrictions#allow_assistant}
  */
  readonly allowAssistant?: boolean | cdktf.IResolvable;
  /**
  * Allow assistant user generated content. Supported on iOS 7.0+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_assistant_user_generated_content Restrictions#allow_assistant_user_generated_content}
  */
  readonly allowAssistantUserGeneratedContent?: boolean | cdktf.IResolvable;
  /**
  * Allow assistant while locked. Supported on iOS 5.1+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_assistant_while_locked Restrictions#allow_assistant_while_locked}
  */
  readonly allowAssistantWhileLocked?: boolean | cdktf.IResolvable;
  /**
  * Allow auto correction. Supported on iOS 8.1.3+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_auto_correction Restrictions#allow_auto_correction}
  */
  readonly allowAutoCorrection?: boolean | cdktf.IResolvable;
  /**
  * Allow auto dim. Supported on iOS 17.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_auto_dim Restrictions#allow_auto_dim}
  */
  readonly allowAutoDim?: boolean | cdktf.IResolvable;
  /**
  * Allow auto unlock. Supported on iOS 14.5+, macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_auto_unlock Restrictions#allow_auto_unlock}
  */
  readonly allowAutoUnlock?: boolean | cdktf.IResolvable;
  /**
  * Allow automatic app downloads. Supported on iOS 9.0+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_automatic_app_downloads Restrictions#allow_automatic_app_downloads}
  */
  readonly allowAutomaticAppDownloads?: boolean | cdktf.IResolvable;
  /**
  * Allow automatic screen saver. Supported on tvOS 15.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_automatic_screen_saver Restrictions#allow_automatic_screen_saver}
  */
  readonly allowAutomaticScreenSaver?: boolean | cdktf.IResolvable;
  /**
  * Allow bluetooth modification. Supported on iOS 11.0+ (supervised), macOS 13.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_bluetooth_modification Restrictions#allow_bluetooth_modification}
  */
  readonly allowBluetoothModification?: boolean | cdktf.IResolvable;
  /**
  * Allow bluetooth sharing modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_bluetooth_sharing_modification Restrictions#allow_bluetooth_sharing_modification}
  */
  readonly allowBluetoothSharingModification?: boolean | cdktf.IResolvable;
  /**
  * Allow bookstore. Supported on iOS 6.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_bookstore Restrictions#allow_bookstore}
  */
  readonly allowBookstore?: boolean | cdktf.IResolvable;
  /**
  * Allow bookstore erotica. Supported on iOS 6.0+, tvOS 11.3+ (deprecated 17.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_bookstore_erotica Restrictions#allow_bookstore_erotica}
  */
  readonly allowBookstoreErotica?: boolean | cdktf.IResolvable;
  /**
  * Allow call recording. Supported on iOS 18.1+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_call_recording Restrictions#allow_call_recording}
  */
  readonly allowCallRecording?: boolean | cdktf.IResolvable;
  /**
  * Allow camera. Supported on iOS 4.0+, macOS 10.11+, tvOS 17.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_camera Restrictions#allow_camera}
  */
  readonly allowCamera?: boolean | cdktf.IResolvable;
  /**
  * Allow cellular plan modification. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cellular_plan_modification Restrictions#allow_cellular_plan_modification}
  */
  readonly allowCellularPlanModification?: boolean | cdktf.IResolvable;
  /**
  * Allow chat. Supported on iOS 5.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_chat Restrictions#allow_chat}
  */
  readonly allowChat?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud address book. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_address_book Restrictions#allow_cloud_address_book}
  */
  readonly allowCloudAddressBook?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud backup. Supported on iOS 5.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_backup Restrictions#allow_cloud_backup}
  */
  readonly allowCloudBackup?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud bookmarks. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_bookmarks Restrictions#allow_cloud_bookmarks}
  */
  readonly allowCloudBookmarks?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud calendar. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_calendar Restrictions#allow_cloud_calendar}
  */
  readonly allowCloudCalendar?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud desktop and documents. Supported on macOS 10.12.4+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_desktop_and_documents Restrictions#allow_cloud_desktop_and_documents}
  */
  readonly allowCloudDesktopAndDocuments?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud document sync. Supported on iOS 5.0+ (supervised), macOS 10.11+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_document_sync Restrictions#allow_cloud_document_sync}
  */
  readonly allowCloudDocumentSync?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud freeform. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_freeform Restrictions#allow_cloud_freeform}
  */
  readonly allowCloudFreeform?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud keychain sync. Supported on iOS 7.0+, macOS 10.12+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_keychain_sync Restrictions#allow_cloud_keychain_sync}
  */
  readonly allowCloudKeychainSync?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud mail. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_mail Restrictions#allow_cloud_mail}
  */
  readonly allowCloudMail?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud notes. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_notes Restrictions#allow_cloud_notes}
  */
  readonly allowCloudNotes?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud photo library. Supported on iOS 9.0+, macOS 10.12+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_photo_library Restrictions#allow_cloud_photo_library}
  */
  readonly allowCloudPhotoLibrary?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud private relay. Supported on iOS 15.0+ (supervised), macOS 12.0+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_private_relay Restrictions#allow_cloud_private_relay}
  */
  readonly allowCloudPrivateRelay?: boolean | cdktf.IResolvable;
  /**
  * Allow cloud reminders. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_cloud_reminders Restrictions#allow_cloud_reminders}
  */
  readonly allowCloudReminders?: boolean | cdktf.IResolvable;
  /**
  * Allow content caching. Supported on macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_content_caching Restrictions#allow_content_caching}
  */
  readonly allowContentCaching?: boolean | cdktf.IResolvable;
  /**
  * Allow continuous path keyboard. Supported on iOS 13.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_continuous_path_keyboard Restrictions#allow_continuous_path_keyboard}
  */
  readonly allowContinuousPathKeyboard?: boolean | cdktf.IResolvable;
  /**
  * Allow definition lookup. Supported on iOS 8.1.3+ (supervised), macOS 10.11+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_definition_lookup Restrictions#allow_definition_lookup}
  */
  readonly allowDefinitionLookup?: boolean | cdktf.IResolvable;
  /**
  * Allow device name modification. Supported on iOS 9.0+ (supervised), macOS 14.0+, tvOS 11.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_device_name_modification Restrictions#allow_device_name_modification}
  */
  readonly allowDeviceNameModification?: boolean | cdktf.IResolvable;
  /**
  * Allow device sleep. Supported on tvOS 13.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_device_sleep Restrictions#allow_device_sleep}
  */
  readonly allowDeviceSleep?: boolean | cdktf.IResolvable;
  /**
  * Allow diagnostic submission. Supported on iOS 6.0+, macOS 10.13+, visionOS 2.0+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_diagnostic_submission Restrictions#allow_diagnostic_submission}
  */
  readonly allowDiagnosticSubmission?: boolean | cdktf.IResolvable;
  /**
  * Allow diagnostic submission modification. Supported on iOS 9.3.2+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_diagnostic_submission_modification Restrictions#allow_diagnostic_submission_modification}
  */
  readonly allowDiagnosticSubmissionModification?: boolean | cdktf.IResolvable;
  /**
  * Allow dictation. Supported on iOS 10.3+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_dictation Restrictions#allow_dictation}
  */
  readonly allowDictation?: boolean | cdktf.IResolvable;
  /**
  * Allow enabling restrictions. Supported on iOS 8.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_enabling_restrictions Restrictions#allow_enabling_restrictions}
  */
  readonly allowEnablingRestrictions?: boolean | cdktf.IResolvable;
  /**
  * Allow enterprise app trust. Supported on iOS 9.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_enterprise_app_trust Restrictions#allow_enterprise_app_trust}
  */
  readonly allowEnterpriseAppTrust?: boolean | cdktf.IResolvable;
  /**
  * Allow enterprise book backup. Supported on iOS 8.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_enterprise_book_backup Restrictions#allow_enterprise_book_backup}
  */
  readonly allowEnterpriseBookBackup?: boolean | cdktf.IResolvable;
  /**
  * Allow enterprise book metadata sync. Supported on iOS 8.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_enterprise_book_metadata_sync Restrictions#allow_enterprise_book_metadata_sync}
  */
  readonly allowEnterpriseBookMetadataSync?: boolean | cdktf.IResolvable;
  /**
  * Allow erase content and settings. Supported on iOS 8.0+ (supervised), macOS 12.0+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_erase_content_and_settings Restrictions#allow_erase_content_and_settings}
  */
  readonly allowEraseContentAndSettings?: boolean | cdktf.IResolvable;
  /**
  * Allow esim modification. Supported on iOS 12.1+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_esim_modification Restrictions#allow_esim_modification}
  */
  readonly allowEsimModification?: boolean | cdktf.IResolvable;
  /**
  * Allow esim outgoing transfers. Supported on iOS 18.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_esim_outgoing_transfers Restrictions#allow_esim_outgoing_transfers}
  */
  readonly allowEsimOutgoingTransfers?: boolean | cdktf.IResolvable;
  /**
  * Allow explicit content. Supported on iOS 4.0+ (supervised), tvOS 11.3+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_explicit_content Restrictions#allow_explicit_content}
  */
  readonly allowExplicitContent?: boolean | cdktf.IResolvable;
  /**
  * Allow file sharing modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_file_sharing_modification Restrictions#allow_file_sharing_modification}
  */
  readonly allowFileSharingModification?: boolean | cdktf.IResolvable;
  /**
  * Allow files network drive access. Supported on iOS 13.1+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_files_network_drive_access Restrictions#allow_files_network_drive_access}
  */
  readonly allowFilesNetworkDriveAccess?: boolean | cdktf.IResolvable;
  /**
  * Allow files usb drive access. Supported on iOS 13.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_files_usb_drive_access Restrictions#allow_files_usb_drive_access}
  */
  readonly allowFilesUsbDriveAccess?: boolean | cdktf.IResolvable;
  /**
  * Allow find my device. Supported on iOS 13.0+ (supervised), macOS 10.15+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_find_my_device Restrictions#allow_find_my_device}
  */
  readonly allowFindMyDevice?: boolean | cdktf.IResolvable;
  /**
  * Allow find my friends. Supported on iOS 13.0+ (supervised), macOS 10.15+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_find_my_friends Restrictions#allow_find_my_friends}
  */
  readonly allowFindMyFriends?: boolean | cdktf.IResolvable;
  /**
  * Allow find my friends modification. Supported on iOS 7.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_find_my_friends_modification Restrictions#allow_find_my_friends_modification}
  */
  readonly allowFindMyFriendsModification?: boolean | cdktf.IResolvable;
  /**
  * Allow fingerprint for unlock. Supported on iOS 7.0+, macOS 10.12.4+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_fingerprint_for_unlock Restrictions#allow_fingerprint_for_unlock}
  */
  readonly allowFingerprintForUnlock?: boolean | cdktf.IResolvable;
  /**
  * Allow fingerprint modification. Supported on iOS 8.3+ (supervised), macOS 14.0+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_fingerprint_modification Restrictions#allow_fingerprint_modification}
  */
  readonly allowFingerprintModification?: boolean | cdktf.IResolvable;
  /**
  * Allow game center. Supported on iOS 6.0+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_game_center Restrictions#allow_game_center}
  */
  readonly allowGameCenter?: boolean | cdktf.IResolvable;
  /**
  * Allow genmoji. Supported on iOS 18.0+ (supervised), macOS 15.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_genmoji Restrictions#allow_genmoji}
  */
  readonly allowGenmoji?: boolean | cdktf.IResolvable;
  /**
  * Allow global background fetch when roaming. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_global_background_fetch_when_roaming Restrictions#allow_global_background_fetch_when_roaming}
  */
  readonly allowGlobalBackgroundFetchWhenRoaming?: boolean | cdktf.IResolvable;
  /**
  * Allow host pairing. Supported on iOS 7.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_host_pairing Restrictions#allow_host_pairing}
  */
  readonly allowHostPairing?: boolean | cdktf.IResolvable;
  /**
  * Allow image playground. Supported on iOS 18.0+ (supervised), macOS 15.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_image_playground Restrictions#allow_image_playground}
  */
  readonly allowImagePlayground?: boolean | cdktf.IResolvable;
  /**
  * Allow image wand. Supported on iOS 18.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_image_wand Restrictions#allow_image_wand}
  */
  readonly allowImageWand?: boolean | cdktf.IResolvable;
  /**
  * Allow in app purchases. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_in_app_purchases Restrictions#allow_in_app_purchases}
  */
  readonly allowInAppPurchases?: boolean | cdktf.IResolvable;
  /**
  * Allow internet sharing modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_internet_sharing_modification Restrictions#allow_internet_sharing_modification}
  */
  readonly allowInternetSharingModification?: boolean | cdktf.IResolvable;
  /**
  * Allow iphone mirroring. Supported on iOS 18.0+ (supervised), macOS 15.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_iphone_mirroring Restrictions#allow_iphone_mirroring}
  */
  readonly allowIphoneMirroring?: boolean | cdktf.IResolvable;
  /**
  * Allow iphone widgets on mac. Supported on iOS 17.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_iphone_widgets_on_mac Restrictions#allow_iphone_widgets_on_mac}
  */
  readonly allowIphoneWidgetsOnMac?: boolean | cdktf.IResolvable;
  /**
  * Allow itunes. Supported on iOS 4.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_itunes Restrictions#allow_itunes}
  */
  readonly allowItunes?: boolean | cdktf.IResolvable;
  /**
  * Allow itunes file sharing. Supported on macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_itunes_file_sharing Restrictions#allow_itunes_file_sharing}
  */
  readonly allowItunesFileSharing?: boolean | cdktf.IResolvable;
  /**
  * Allow keyboard shortcuts. Supported on iOS 9.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_keyboard_shortcuts Restrictions#allow_keyboard_shortcuts}
  */
  readonly allowKeyboardShortcuts?: boolean | cdktf.IResolvable;
  /**
  * Allow listed app bundle ids. Supported on iOS 15.0+ (supervised), tvOS 15.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_listed_app_bundle_ids Restrictions#allow_listed_app_bundle_ids}
  */
  readonly allowListedAppBundleIds?: string[];
  /**
  * Allow live voicemail. Supported on iOS 17.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_live_voicemail Restrictions#allow_live_voicemail}
  */
  readonly allowLiveVoicemail?: boolean | cdktf.IResolvable;
  /**
  * Allow local user creation. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_local_user_creation Restrictions#allow_local_user_creation}
  */
  readonly allowLocalUserCreation?: boolean | cdktf.IResolvable;
  /**
  * Allow lock screen control center. Supported on iOS 7.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_lock_screen_control_center Restrictions#allow_lock_screen_control_center}
  */
  readonly allowLockScreenControlCenter?: boolean | cdktf.IResolvable;
  /**
  * Allow lock screen notifications view. Supported on iOS 7.0+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_lock_screen_notifications_view Restrictions#allow_lock_screen_notifications_view}
  */
  readonly allowLockScreenNotificationsView?: boolean | cdktf.IResolvable;
  /**
  * Allow lock screen today view. Supported on iOS 7.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_lock_screen_today_view Restrictions#allow_lock_screen_today_view}
  */
  readonly allowLockScreenTodayView?: boolean | cdktf.IResolvable;
  /**
  * Allow mail privacy protection. Supported on iOS 15.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_mail_privacy_protection Restrictions#allow_mail_privacy_protection}
  */
  readonly allowMailPrivacyProtection?: boolean | cdktf.IResolvable;
  /**
  * Allow mail summary. Supported on iOS 18.1+ (supervised), macOS 15.1+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_mail_summary Restrictions#allow_mail_summary}
  */
  readonly allowMailSummary?: boolean | cdktf.IResolvable;
  /**
  * Allow managed apps cloud sync. Supported on iOS 8.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_managed_apps_cloud_sync Restrictions#allow_managed_apps_cloud_sync}
  */
  readonly allowManagedAppsCloudSync?: boolean | cdktf.IResolvable;
  /**
  * Allow managed to write unmanaged contacts. Supported on iOS 12.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_managed_to_write_unmanaged_contacts Restrictions#allow_managed_to_write_unmanaged_contacts}
  */
  readonly allowManagedToWriteUnmanagedContacts?: boolean | cdktf.IResolvable;
  /**
  * Allow marketplace app installation. Supported on iOS 17.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_marketplace_app_installation Restrictions#allow_marketplace_app_installation}
  */
  readonly allowMarketplaceAppInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow media sharing modification. Supported on macOS 15.1+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_media_sharing_modification Restrictions#allow_media_sharing_modification}
  */
  readonly allowMediaSharingModification?: boolean | cdktf.IResolvable;
  /**
  * Allow multiplayer gaming. Supported on iOS 4.1+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_multiplayer_gaming Restrictions#allow_multiplayer_gaming}
  */
  readonly allowMultiplayerGaming?: boolean | cdktf.IResolvable;
  /**
  * Allow music service. Supported on iOS 9.3+ (supervised), macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_music_service Restrictions#allow_music_service}
  */
  readonly allowMusicService?: boolean | cdktf.IResolvable;
  /**
  * Allow news. Supported on iOS 9.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_news Restrictions#allow_news}
  */
  readonly allowNews?: boolean | cdktf.IResolvable;
  /**
  * Allow nfc. Supported on iOS 14.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_nfc Restrictions#allow_nfc}
  */
  readonly allowNfc?: boolean | cdktf.IResolvable;
  /**
  * Allow notifications modification. Supported on iOS 9.3+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_notifications_modification Restrictions#allow_notifications_modification}
  */
  readonly allowNotificationsModification?: boolean | cdktf.IResolvable;
  /**
  * Allow open from managed to unmanaged. Supported on iOS 7.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_open_from_managed_to_unmanaged Restrictions#allow_open_from_managed_to_unmanaged}
  */
  readonly allowOpenFromManagedToUnmanaged?: boolean | cdktf.IResolvable;
  /**
  * Allow open from unmanaged to managed. Supported on iOS 7.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_open_from_unmanaged_to_managed Restrictions#allow_open_from_unmanaged_to_managed}
  */
  readonly allowOpenFromUnmanagedToManaged?: boolean | cdktf.IResolvable;
  /**
  * Allow otapki updates. Supported on iOS 7.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_otapki_updates Restrictions#allow_otapki_updates}
  */
  readonly allowOtapkiUpdates?: boolean | cdktf.IResolvable;
  /**
  * Allow paired watch. Supported on iOS 9.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_paired_watch Restrictions#allow_paired_watch}
  */
  readonly allowPairedWatch?: boolean | cdktf.IResolvable;
  /**
  * Allow passbook while locked. Supported on iOS 6.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_passbook_while_locked Restrictions#allow_passbook_while_locked}
  */
  readonly allowPassbookWhileLocked?: boolean | cdktf.IResolvable;
  /**
  * Allow passcode modification. Supported on iOS 9.0+ (supervised), macOS 10.13+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_passcode_modification Restrictions#allow_passcode_modification}
  */
  readonly allowPasscodeModification?: boolean | cdktf.IResolvable;
  /**
  * Allow password auto fill. Supported on iOS 12.0+ (supervised), macOS 10.14+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_password_auto_fill Restrictions#allow_password_auto_fill}
  */
  readonly allowPasswordAutoFill?: boolean | cdktf.IResolvable;
  /**
  * Allow password proximity requests. Supported on iOS 12.0+ (supervised), macOS 10.14+, tvOS 12.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_password_proximity_requests Restrictions#allow_password_proximity_requests}
  */
  readonly allowPasswordProximityRequests?: boolean | cdktf.IResolvable;
  /**
  * Allow password sharing. Supported on iOS 12.0+ (supervised), macOS 10.14+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_password_sharing Restrictions#allow_password_sharing}
  */
  readonly allowPasswordSharing?: boolean | cdktf.IResolvable;
  /**
  * Allow personal hotspot modification. Supported on iOS 12.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_personal_hotspot_modification Restrictions#allow_personal_hotspot_modification}
  */
  readonly allowPersonalHotspotModification?: boolean | cdktf.IResolvable;
  /**
  * Allow personalized handwriting results. Supported on iOS 18.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_personalized_handwriting_results Restrictions#allow_personalized_handwriting_results}
  */
  readonly allowPersonalizedHandwritingResults?: boolean | cdktf.IResolvable;
  /**
  * Allow photo stream. Supported on iOS 5.0+ (deprecated 17.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_photo_stream Restrictions#allow_photo_stream}
  */
  readonly allowPhotoStream?: boolean | cdktf.IResolvable;
  /**
  * Allow podcasts. Supported on iOS 8.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_podcasts Restrictions#allow_podcasts}
  */
  readonly allowPodcasts?: boolean | cdktf.IResolvable;
  /**
  * Allow predictive keyboard. Supported on iOS 8.1.3+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_predictive_keyboard Restrictions#allow_predictive_keyboard}
  */
  readonly allowPredictiveKeyboard?: boolean | cdktf.IResolvable;
  /**
  * Allow printer sharing modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_printer_sharing_modification Restrictions#allow_printer_sharing_modification}
  */
  readonly allowPrinterSharingModification?: boolean | cdktf.IResolvable;
  /**
  * Allow proximity setup to new device. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_proximity_setup_to_new_device Restrictions#allow_proximity_setup_to_new_device}
  */
  readonly allowProximitySetupToNewDevice?: boolean | cdktf.IResolvable;
  /**
  * Allow radio service. Supported on iOS 9.3+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_radio_service Restrictions#allow_radio_service}
  */
  readonly allowRadioService?: boolean | cdktf.IResolvable;
  /**
  * Allow rapid security response installation. Supported on iOS 16.0+ (supervised), macOS 13.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_rapid_security_response_installation Restrictions#allow_rapid_security_response_installation}
  */
  readonly allowRapidSecurityResponseInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow rapid security response removal. Supported on iOS 16.0+ (supervised), macOS 13.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_rapid_security_response_removal Restrictions#allow_rapid_security_response_removal}
  */
  readonly allowRapidSecurityResponseRemoval?: boolean | cdktf.IResolvable;
  /**
  * Allow rcs messaging. Supported on iOS 18.1+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_rcs_messaging Restrictions#allow_rcs_messaging}
  */
  readonly allowRcsMessaging?: boolean | cdktf.IResolvable;
  /**
  * Allow remote app pairing. Supported on tvOS 10.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_remote_app_pairing Restrictions#allow_remote_app_pairing}
  */
  readonly allowRemoteAppPairing?: boolean | cdktf.IResolvable;
  /**
  * Allow remote apple events modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_remote_apple_events_modification Restrictions#allow_remote_apple_events_modification}
  */
  readonly allowRemoteAppleEventsModification?: boolean | cdktf.IResolvable;
  /**
  * Allow remote screen observation. Supported on iOS 9.3+, macOS 10.14.4+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_remote_screen_observation Restrictions#allow_remote_screen_observation}
  */
  readonly allowRemoteScreenObservation?: boolean | cdktf.IResolvable;
  /**
  * Allow safari. Supported on iOS 4.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_safari Restrictions#allow_safari}
  */
  readonly allowSafari?: boolean | cdktf.IResolvable;
  /**
  * Allow screen shot. Supported on iOS 3.1+, macOS 10.14.4+, visionOS 2.0+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_screen_shot Restrictions#allow_screen_shot}
  */
  readonly allowScreenShot?: boolean | cdktf.IResolvable;
  /**
  * Allow shared device temporary session. Supported on iOS 13.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_shared_device_temporary_session Restrictions#allow_shared_device_temporary_session}
  */
  readonly allowSharedDeviceTemporarySession?: boolean | cdktf.IResolvable;
  /**
  * Allow shared stream. Supported on iOS 6.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_shared_stream Restrictions#allow_shared_stream}
  */
  readonly allowSharedStream?: boolean | cdktf.IResolvable;
  /**
  * Allow spell check. Supported on iOS 8.1.3+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_spell_check Restrictions#allow_spell_check}
  */
  readonly allowSpellCheck?: boolean | cdktf.IResolvable;
  /**
  * Allow spotlight internet results. Supported on iOS 8.0+, macOS 10.11+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_spotlight_internet_results Restrictions#allow_spotlight_internet_results}
  */
  readonly allowSpotlightInternetResults?: boolean | cdktf.IResolvable;
  /**
  * Allow startup disk modification. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_startup_disk_modification Restrictions#allow_startup_disk_modification}
  */
  readonly allowStartupDiskModification?: boolean | cdktf.IResolvable;
  /**
  * Allow system app removal. Supported on iOS 11.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_system_app_removal Restrictions#allow_system_app_removal}
  */
  readonly allowSystemAppRemoval?: boolean | cdktf.IResolvable;
  /**
  * Allow time machine backup. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_time_machine_backup Restrictions#allow_time_machine_backup}
  */
  readonly allowTimeMachineBackup?: boolean | cdktf.IResolvable;
  /**
  * Allow ui app installation. Supported on iOS 9.0+ (supervised), visionOS 2.0+ (supervised), watchOS 10.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_ui_app_installation Restrictions#allow_ui_app_installation}
  */
  readonly allowUiAppInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow ui configuration profile installation. Supported on iOS 6.0+ (supervised), macOS 13.0+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_ui_configuration_profile_installation Restrictions#allow_ui_configuration_profile_installation}
  */
  readonly allowUiConfigurationProfileInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow universal control. Supported on macOS 13.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_universal_control Restrictions#allow_universal_control}
  */
  readonly allowUniversalControl?: boolean | cdktf.IResolvable;
  /**
  * Allow unmanaged to read managed contacts. Supported on iOS 12.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_unmanaged_to_read_managed_contacts Restrictions#allow_unmanaged_to_read_managed_contacts}
  */
  readonly allowUnmanagedToReadManagedContacts?: boolean | cdktf.IResolvable;
  /**
  * Allow unpaired external boot to recovery. Supported on iOS 14.5+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_unpaired_external_boot_to_recovery Restrictions#allow_unpaired_external_boot_to_recovery}
  */
  readonly allowUnpairedExternalBootToRecovery?: boolean | cdktf.IResolvable;
  /**
  * Allow untrusted tls prompt. Supported on iOS 5.0+, visionOS 1.1+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_untrusted_tls_prompt Restrictions#allow_untrusted_tls_prompt}
  */
  readonly allowUntrustedTlsPrompt?: boolean | cdktf.IResolvable;
  /**
  * Allow usb restricted mode. Supported on iOS 11.4.1+ (supervised), macOS 13.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_usb_restricted_mode Restrictions#allow_usb_restricted_mode}
  */
  readonly allowUsbRestrictedMode?: boolean | cdktf.IResolvable;
  /**
  * Allow video conferencing. Supported on iOS 4.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_video_conferencing Restrictions#allow_video_conferencing}
  */
  readonly allowVideoConferencing?: boolean | cdktf.IResolvable;
  /**
  * Allow voice dialing. Supported on iOS 4.0+ (deprecated 17.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_voice_dialing Restrictions#allow_voice_dialing}
  */
  readonly allowVoiceDialing?: boolean | cdktf.IResolvable;
  /**
  * Allow vpn creation. Supported on iOS 11.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_vpn_creation Restrictions#allow_vpn_creation}
  */
  readonly allowVpnCreation?: boolean | cdktf.IResolvable;
  /**
  * Allow wallpaper modification. Supported on iOS 9.0+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_wallpaper_modification Restrictions#allow_wallpaper_modification}
  */
  readonly allowWallpaperModification?: boolean | cdktf.IResolvable;
  /**
  * Allow web distribution app installation. Supported on iOS 17.5+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_web_distribution_app_installation Restrictions#allow_web_distribution_app_installation}
  */
  readonly allowWebDistributionAppInstallation?: boolean | cdktf.IResolvable;
  /**
  * Allow writing tools. Supported on iOS 18.0+ (supervised), macOS 15.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#allow_writing_tools Restrictions#allow_writing_tools}
  */
  readonly allowWritingTools?: boolean | cdktf.IResolvable;
  /**
  * Autonomous single app mode permitted app ids. Supported on iOS 7.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#autonomous_single_app_mode_permitted_app_ids Restrictions#autonomous_single_app_mode_permitted_app_ids}
  */
  readonly autonomousSingleAppModePermittedAppIds?: string[];
  /**
  * Blacklisted app bundle ids. Supported on iOS 9.3+ (supervised, deprecated 15.0), tvOS 11.0+ (supervised, deprecated 15.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#blacklisted_app_bundle_ids Restrictions#blacklisted_app_bundle_ids}
  */
  readonly blacklistedAppBundleIds?: string[];
  /**
  * Blocked app bundle ids. Supported on iOS 15.0+ (supervised), tvOS 15.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#blocked_app_bundle_ids Restrictions#blocked_app_bundle_ids}
  */
  readonly blockedAppBundleIds?: string[];
  /**
  * Enforced fingerprint timeout. Supported on macOS 12.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enforced_fingerprint_timeout Restrictions#enforced_fingerprint_timeout}
  */
  readonly enforcedFingerprintTimeout?: number;
  /**
  * Enforced software update delay. Supported on iOS 11.3+ (supervised, deprecated 26.0, removed 27.0), macOS 10.13.4+ (deprecated 26.0, removed 27.0), tvOS 12.2+ (supervised, deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enforced_software_update_delay Restrictions#enforced_software_update_delay}
  */
  readonly enforcedSoftwareUpdateDelay?: number;
  /**
  * Enforced software update major os deferred install delay. Supported on macOS 11.3+ (deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enforced_software_update_major_os_deferred_install_delay Restrictions#enforced_software_update_major_os_deferred_install_delay}
  */
  readonly enforcedSoftwareUpdateMajorOsDeferredInstallDelay?: number;
  /**
  * Enforced software update minor os deferred install delay. Supported on macOS 11.3+ (deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enforced_software_update_minor_os_deferred_install_delay Restrictions#enforced_software_update_minor_os_deferred_install_delay}
  */
  readonly enforcedSoftwareUpdateMinorOsDeferredInstallDelay?: number;
  /**
  * Enforced software update non os deferred install delay. Supported on macOS 11.3+ (deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enforced_software_update_non_os_deferred_install_delay Restrictions#enforced_software_update_non_os_deferred_install_delay}
  */
  readonly enforcedSoftwareUpdateNonOsDeferredInstallDelay?: number;
  /**
  * com.apple.applicationaccess keys this schema does not model (for example from a newer OS), by Apple key name, written into the payload as given. A key the schema models must use its own attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#extra Restrictions#extra}
  */
  readonly extra?: string;
  /**
  * Force air drop unmanaged. Supported on iOS 9.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_air_drop_unmanaged Restrictions#force_air_drop_unmanaged}
  */
  readonly forceAirDropUnmanaged?: boolean | cdktf.IResolvable;
  /**
  * Force air play incoming requests pairing password. Supported on tvOS 9.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_air_play_incoming_requests_pairing_password Restrictions#force_air_play_incoming_requests_pairing_password}
  */
  readonly forceAirPlayIncomingRequestsPairingPassword?: boolean | cdktf.IResolvable;
  /**
  * Force air play outgoing requests pairing password. Supported on iOS 7.1+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_air_play_outgoing_requests_pairing_password Restrictions#force_air_play_outgoing_requests_pairing_password}
  */
  readonly forceAirPlayOutgoingRequestsPairingPassword?: boolean | cdktf.IResolvable;
  /**
  * Force air print trusted tls requirement. Supported on iOS 11.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_air_print_trusted_tls_requirement Restrictions#force_air_print_trusted_tls_requirement}
  */
  readonly forceAirPrintTrustedTlsRequirement?: boolean | cdktf.IResolvable;
  /**
  * Force assistant profanity filter. Supported on iOS 5.0+ (supervised), macOS 10.13+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_assistant_profanity_filter Restrictions#force_assistant_profanity_filter}
  */
  readonly forceAssistantProfanityFilter?: boolean | cdktf.IResolvable;
  /**
  * Force authentication before auto fill. Supported on iOS 11.0+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_authentication_before_auto_fill Restrictions#force_authentication_before_auto_fill}
  */
  readonly forceAuthenticationBeforeAutoFill?: boolean | cdktf.IResolvable;
  /**
  * Force automatic date and time. Supported on iOS 12.0+ (supervised), tvOS 12.2+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_automatic_date_and_time Restrictions#force_automatic_date_and_time}
  */
  readonly forceAutomaticDateAndTime?: boolean | cdktf.IResolvable;
  /**
  * Force bypass screen capture alert. Supported on macOS 15.1+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_bypass_screen_capture_alert Restrictions#force_bypass_screen_capture_alert}
  */
  readonly forceBypassScreenCaptureAlert?: boolean | cdktf.IResolvable;
  /**
  * Force classroom automatically join classes. Supported on iOS 11.0+ (supervised), macOS 10.14.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_classroom_automatically_join_classes Restrictions#force_classroom_automatically_join_classes}
  */
  readonly forceClassroomAutomaticallyJoinClasses?: boolean | cdktf.IResolvable;
  /**
  * Force classroom request permission to leave classes. Supported on iOS 11.3+ (supervised), macOS 10.14.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_classroom_request_permission_to_leave_classes Restrictions#force_classroom_request_permission_to_leave_classes}
  */
  readonly forceClassroomRequestPermissionToLeaveClasses?: boolean | cdktf.IResolvable;
  /**
  * Force classroom unprompted app and device lock. Supported on iOS 11.0+ (supervised), macOS 10.14.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_classroom_unprompted_app_and_device_lock Restrictions#force_classroom_unprompted_app_and_device_lock}
  */
  readonly forceClassroomUnpromptedAppAndDeviceLock?: boolean | cdktf.IResolvable;
  /**
  * Force classroom unprompted screen observation. Supported on iOS 11.0+ (supervised), macOS 10.14.4+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_classroom_unprompted_screen_observation Restrictions#force_classroom_unprompted_screen_observation}
  */
  readonly forceClassroomUnpromptedScreenObservation?: boolean | cdktf.IResolvable;
  /**
  * Force delayed app software updates. Supported on macOS 11.0+ (deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_delayed_app_software_updates Restrictions#force_delayed_app_software_updates}
  */
  readonly forceDelayedAppSoftwareUpdates?: boolean | cdktf.IResolvable;
  /**
  * Force delayed major software updates. Supported on macOS 11.3+ (deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_delayed_major_software_updates Restrictions#force_delayed_major_software_updates}
  */
  readonly forceDelayedMajorSoftwareUpdates?: boolean | cdktf.IResolvable;
  /**
  * Force delayed software updates. Supported on iOS 11.3+ (supervised, deprecated 26.0, removed 27.0), macOS 10.13+ (deprecated 26.0, removed 27.0), tvOS 12.2+ (supervised, deprecated 26.0, removed 27.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_delayed_software_updates Restrictions#force_delayed_software_updates}
  */
  readonly forceDelayedSoftwareUpdates?: boolean | cdktf.IResolvable;
  /**
  * Force encrypted backup. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_encrypted_backup Restrictions#force_encrypted_backup}
  */
  readonly forceEncryptedBackup?: boolean | cdktf.IResolvable;
  /**
  * Force itunes store password entry. Supported on iOS 6.0+ (deprecated 17.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_itunes_store_password_entry Restrictions#force_itunes_store_password_entry}
  */
  readonly forceItunesStorePasswordEntry?: boolean | cdktf.IResolvable;
  /**
  * Force limit ad tracking. Supported on iOS 7.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_limit_ad_tracking Restrictions#force_limit_ad_tracking}
  */
  readonly forceLimitAdTracking?: boolean | cdktf.IResolvable;
  /**
  * Force on device only dictation. Supported on iOS 14.5+, macOS 14.0+, visionOS 2.0+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_on_device_only_dictation Restrictions#force_on_device_only_dictation}
  */
  readonly forceOnDeviceOnlyDictation?: boolean | cdktf.IResolvable;
  /**
  * Force on device only translation. Supported on iOS 15.0+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_on_device_only_translation Restrictions#force_on_device_only_translation}
  */
  readonly forceOnDeviceOnlyTranslation?: boolean | cdktf.IResolvable;
  /**
  * Force preserve esim on erase. Supported on iOS 17.2+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_preserve_esim_on_erase Restrictions#force_preserve_esim_on_erase}
  */
  readonly forcePreserveEsimOnErase?: boolean | cdktf.IResolvable;
  /**
  * Force watch wrist detection. Supported on iOS 8.2+, watchOS 10.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_watch_wrist_detection Restrictions#force_watch_wrist_detection}
  */
  readonly forceWatchWristDetection?: boolean | cdktf.IResolvable;
  /**
  * Force wi fi power on. Supported on iOS 13.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_wi_fi_power_on Restrictions#force_wi_fi_power_on}
  */
  readonly forceWiFiPowerOn?: boolean | cdktf.IResolvable;
  /**
  * Force wi fi to allowed networks only. Supported on iOS 14.5+ (supervised), visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_wi_fi_to_allowed_networks_only Restrictions#force_wi_fi_to_allowed_networks_only}
  */
  readonly forceWiFiToAllowedNetworksOnly?: boolean | cdktf.IResolvable;
  /**
  * Force wi fi whitelisting. Supported on iOS 10.3+ (supervised, deprecated 14.5).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#force_wi_fi_whitelisting Restrictions#force_wi_fi_whitelisting}
  */
  readonly forceWiFiWhitelisting?: boolean | cdktf.IResolvable;
  /**
  * Server identifier of the resource's object (declaration identifier, or set name for a device group), replacing the derived <identifier_prefix>.<stack>.<kind>.<name>. Used to take over an object that exists already; outside the stack's prefix it needs adopt: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#identifier Restrictions#identifier}
  */
  readonly identifier?: string;
  /**
  * The resource's name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource's name; the CDKTF constructs set it to the construct's name. Changing it replaces the resource unless identifier is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#name Restrictions#name}
  */
  readonly name?: string;
  /**
  * Rating apps. Supported on iOS 4.0+, tvOS 11.3+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#rating_apps Restrictions#rating_apps}
  */
  readonly ratingApps?: number;
  /**
  * Rating movies. Supported on iOS 4.0+, tvOS 11.3+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#rating_movies Restrictions#rating_movies}
  */
  readonly ratingMovies?: number;
  /**
  * Rating region. Supported on iOS 4.0+, macOS 10.7+, tvOS 9.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#rating_region Restrictions#rating_region}
  */
  readonly ratingRegion?: string;
  /**
  * Rating tv shows. Supported on iOS 4.0+, tvOS 11.3+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#rating_tv_shows Restrictions#rating_tv_shows}
  */
  readonly ratingTvShows?: number;
  /**
  * Require managed pasteboard. Supported on iOS 15.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#require_managed_pasteboard Restrictions#require_managed_pasteboard}
  */
  readonly requireManagedPasteboard?: boolean | cdktf.IResolvable;
  /**
  * Safari accept cookies. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#safari_accept_cookies Restrictions#safari_accept_cookies}
  */
  readonly safariAcceptCookies?: number;
  /**
  * Safari allow auto fill. Supported on iOS 4.0+ (supervised), macOS 10.13+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#safari_allow_auto_fill Restrictions#safari_allow_auto_fill}
  */
  readonly safariAllowAutoFill?: boolean | cdktf.IResolvable;
  /**
  * Safari allow java script. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#safari_allow_java_script Restrictions#safari_allow_java_script}
  */
  readonly safariAllowJavaScript?: boolean | cdktf.IResolvable;
  /**
  * Safari allow popups. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#safari_allow_popups Restrictions#safari_allow_popups}
  */
  readonly safariAllowPopups?: boolean | cdktf.IResolvable;
  /**
  * Safari force fraud warning. Supported on iOS 4.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#safari_force_fraud_warning Restrictions#safari_force_fraud_warning}
  */
  readonly safariForceFraudWarning?: boolean | cdktf.IResolvable;
  /**
  * Whitelisted app bundle ids. Supported on iOS 9.3+ (supervised, deprecated 15.0), tvOS 11.0+ (supervised, deprecated 15.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#whitelisted_app_bundle_ids Restrictions#whitelisted_app_bundle_ids}
  */
  readonly whitelistedAppBundleIds?: string[];
  /**
  * icloud block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#icloud Restrictions#icloud}
  */
  readonly icloud?: RestrictionsIcloud;
  /**
  * open_in block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#open_in Restrictions#open_in}
  */
  readonly openIn?: RestrictionsOpenIn;
  /**
  * scope block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#scope Restrictions#scope}
  */
  readonly scope: RestrictionsScope;
}
export interface RestrictionsIcloud {
  /**
  * Sync contacts with iCloud. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#address_book Restrictions#address_book}
  */
  readonly addressBook?: boolean | cdktf.IResolvable;
  /**
  * Back the device up to iCloud. Supported on iOS 5.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#backup Restrictions#backup}
  */
  readonly backup?: boolean | cdktf.IResolvable;
  /**
  * Sync Safari bookmarks with iCloud. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#bookmarks Restrictions#bookmarks}
  */
  readonly bookmarks?: boolean | cdktf.IResolvable;
  /**
  * Sync calendars with iCloud. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#calendar Restrictions#calendar}
  */
  readonly calendar?: boolean | cdktf.IResolvable;
  /**
  * Sync the Mac's Desktop and Documents folders to iCloud Drive. Supported on macOS 10.12.4+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#desktop_and_documents Restrictions#desktop_and_documents}
  */
  readonly desktopAndDocuments?: boolean | cdktf.IResolvable;
  /**
  * Sync documents and key-value data to iCloud. Supported on iOS 5.0+ (supervised), macOS 10.11+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#document_sync Restrictions#document_sync}
  */
  readonly documentSync?: boolean | cdktf.IResolvable;
  /**
  * Back up enterprise books. Supported on iOS 8.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enterprise_book_backup Restrictions#enterprise_book_backup}
  */
  readonly enterpriseBookBackup?: boolean | cdktf.IResolvable;
  /**
  * Sync notes and highlights of enterprise books. Supported on iOS 8.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#enterprise_book_metadata_sync Restrictions#enterprise_book_metadata_sync}
  */
  readonly enterpriseBookMetadataSync?: boolean | cdktf.IResolvable;
  /**
  * Sync Freeform boards with iCloud. Supported on macOS 14.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#freeform Restrictions#freeform}
  */
  readonly freeform?: boolean | cdktf.IResolvable;
  /**
  * Sync the keychain to iCloud. Supported on iOS 7.0+, macOS 10.12+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#keychain_sync Restrictions#keychain_sync}
  */
  readonly keychainSync?: boolean | cdktf.IResolvable;
  /**
  * Use iCloud Mail. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#mail Restrictions#mail}
  */
  readonly mail?: boolean | cdktf.IResolvable;
  /**
  * Let managed apps sync their data to iCloud. Supported on iOS 8.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#managed_apps_sync Restrictions#managed_apps_sync}
  */
  readonly managedAppsSync?: boolean | cdktf.IResolvable;
  /**
  * Sync notes with iCloud. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#notes Restrictions#notes}
  */
  readonly notes?: boolean | cdktf.IResolvable;
  /**
  * Use iCloud Photos; turning it off removes photos not fully downloaded. Supported on iOS 9.0+, macOS 10.12+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#photo_library Restrictions#photo_library}
  */
  readonly photoLibrary?: boolean | cdktf.IResolvable;
  /**
  * Use My Photo Stream. Supported on iOS 5.0+ (deprecated 17.0).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#photo_stream Restrictions#photo_stream}
  */
  readonly photoStream?: boolean | cdktf.IResolvable;
  /**
  * Use iCloud Private Relay. Supported on iOS 15.0+ (supervised), macOS 12.0+, visionOS 2.0+ (supervised).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#private_relay Restrictions#private_relay}
  */
  readonly privateRelay?: boolean | cdktf.IResolvable;
  /**
  * Sync reminders with iCloud. Supported on macOS 10.12+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#reminders Restrictions#reminders}
  */
  readonly reminders?: boolean | cdktf.IResolvable;
  /**
  * Use Shared Albums. Supported on iOS 6.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#shared_albums Restrictions#shared_albums}
  */
  readonly sharedAlbums?: boolean | cdktf.IResolvable;
}

export function restrictionsIcloudToTerraform(struct?: RestrictionsIcloudOutputReference | RestrictionsIcloud): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address_book: cdktf.booleanToTerraform(struct!.addressBook),
    backup: cdktf.booleanToTerraform(struct!.backup),
    bookmarks: cdktf.booleanToTerraform(struct!.bookmarks),
    calendar: cdktf.booleanToTerraform(struct!.calendar),
    desktop_and_documents: cdktf.booleanToTerraform(struct!.desktopAndDocuments),
    document_sync: cdktf.booleanToTerraform(struct!.documentSync),
    enterprise_book_backup: cdktf.booleanToTerraform(struct!.enterpriseBookBackup),
    enterprise_book_metadata_sync: cdktf.booleanToTerraform(struct!.enterpriseBookMetadataSync),
    freeform: cdktf.booleanToTerraform(struct!.freeform),
    keychain_sync: cdktf.booleanToTerraform(struct!.keychainSync),
    mail: cdktf.booleanToTerraform(struct!.mail),
    managed_apps_sync: cdktf.booleanToTerraform(struct!.managedAppsSync),
    notes: cdktf.booleanToTerraform(struct!.notes),
    photo_library: cdktf.booleanToTerraform(struct!.photoLibrary),
    photo_stream: cdktf.booleanToTerraform(struct!.photoStream),
    private_relay: cdktf.booleanToTerraform(struct!.privateRelay),
    reminders: cdktf.booleanToTerraform(struct!.reminders),
    shared_albums: cdktf.booleanToTerraform(struct!.sharedAlbums),
  }
}


export function restrictionsIcloudToHclTerraform(struct?: RestrictionsIcloudOutputReference | RestrictionsIcloud): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address_book: {
      value: cdktf.booleanToHclTerraform(struct!.addressBook),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    backup: {
      value: cdktf.booleanToHclTerraform(struct!.backup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    bookmarks: {
      value: cdktf.booleanToHclTerraform(struct!.bookmarks),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    calendar: {
      value: cdktf.booleanToHclTerraform(struct!.calendar),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    desktop_and_documents: {
      value: cdktf.booleanToHclTerraform(struct!.desktopAndDocuments),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    document_sync: {
      value: cdktf.booleanToHclTerraform(struct!.documentSync),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enterprise_book_backup: {
      value: cdktf.booleanToHclTerraform(struct!.enterpriseBookBackup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enterprise_book_metadata_sync: {
      value: cdktf.booleanToHclTerraform(struct!.enterpriseBookMetadataSync),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    freeform: {
      value: cdktf.booleanToHclTerraform(struct!.freeform),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    keychain_sync: {
      value: cdktf.booleanToHclTerraform(struct!.keychainSync),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mail: {
      value: cdktf.booleanToHclTerraform(struct!.mail),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    managed_apps_sync: {
      value: cdktf.booleanToHclTerraform(struct!.managedAppsSync),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    notes: {
      value: cdktf.booleanToHclTerraform(struct!.notes),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    photo_library: {
      value: cdktf.booleanToHclTerraform(struct!.photoLibrary),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    photo_stream: {
      value: cdktf.booleanToHclTerraform(struct!.photoStream),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    private_relay: {
      value: cdktf.booleanToHclTerraform(struct!.privateRelay),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    reminders: {
      value: cdktf.booleanToHclTerraform(struct!.reminders),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    shared_albums: {
      value: cdktf.booleanToHclTerraform(struct!.sharedAlbums),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RestrictionsIcloudOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RestrictionsIcloud | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._addressBook !== undefined) {
      hasAnyValues = true;
      internalValueResult.addressBook = this._addressBook;
    }
    if (this._backup !== undefined) {
      hasAnyValues = true;
      internalValueResult.backup = this._backup;
    }
    if (this._bookmarks !== undefined) {
      hasAnyValues = true;
      internalValueResult.bookmarks = this._bookmarks;
    }
    if (this._calendar !== undefined) {
      hasAnyValues = true;
      internalValueResult.calendar = this._calendar;
    }
    if (this._desktopAndDocuments !== undefined) {
      hasAnyValues = true;
      internalValueResult.desktopAndDocuments = this._desktopAndDocuments;
    }
    if (this._documentSync !== undefined) {
      hasAnyValues = true;
      internalValueResult.documentSync = this._documentSync;
    }
    if (this._enterpriseBookBackup !== undefined) {
      hasAnyValues = true;
      internalValueResult.enterpriseBookBackup = this._enterpriseBookBackup;
    }
    if (this._enterpriseBookMetadataSync !== undefined) {
      hasAnyValues = true;
      internalValueResult.enterpriseBookMetadataSync = this._enterpriseBookMetadataSync;
    }
    if (this._freeform !== undefined) {
      hasAnyValues = true;
      internalValueResult.freeform = this._freeform;
    }
    if (this._keychainSync !== undefined) {
      hasAnyValues = true;
      internalValueResult.keychainSync = this._keychainSync;
    }
    if (this._mail !== undefined) {
      hasAnyValues = true;
      internalValueResult.mail = this._mail;
    }
    if (this._managedAppsSync !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedAppsSync = this._managedAppsSync;
    }
    if (this._notes !== undefined) {
      hasAnyValues = true;
      internalValueResult.notes = this._notes;
    }
    if (this._photoLibrary !== undefined) {
      hasAnyValues = true;
      internalValueResult.photoLibrary = this._photoLibrary;
    }
    if (this._photoStream !== undefined) {
      hasAnyValues = true;
      internalValueResult.photoStream = this._photoStream;
    }
    if (this._privateRelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateRelay = this._privateRelay;
    }
    if (this._reminders !== undefined) {
      hasAnyValues = true;
      internalValueResult.reminders = this._reminders;
    }
    if (this._sharedAlbums !== undefined) {
      hasAnyValues = true;
      internalValueResult.sharedAlbums = this._sharedAlbums;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RestrictionsIcloud | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._addressBook = undefined;
      this._backup = undefined;
      this._bookmarks = undefined;
      this._calendar = undefined;
      this._desktopAndDocuments = undefined;
      this._documentSync = undefined;
      this._enterpriseBookBackup = undefined;
      this._enterpriseBookMetadataSync = undefined;
      this._freeform = undefined;
      this._keychainSync = undefined;
      this._mail = undefined;
      this._managedAppsSync = undefined;
      this._notes = undefined;
      this._photoLibrary = undefined;
      this._photoStream = undefined;
      this._privateRelay = undefined;
      this._reminders = undefined;
      this._sharedAlbums = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._addressBook = value.addressBook;
      this._backup = value.backup;
      this._bookmarks = value.bookmarks;
      this._calendar = value.calendar;
      this._desktopAndDocuments = value.desktopAndDocuments;
      this._documentSync = value.documentSync;
      this._enterpriseBookBackup = value.enterpriseBookBackup;
      this._enterpriseBookMetadataSync = value.enterpriseBookMetadataSync;
      this._freeform = value.freeform;
      this._keychainSync = value.keychainSync;
      this._mail = value.mail;
      this._managedAppsSync = value.managedAppsSync;
      this._notes = value.notes;
      this._photoLibrary = value.photoLibrary;
      this._photoStream = value.photoStream;
      this._privateRelay = value.privateRelay;
      this._reminders = value.reminders;
      this._sharedAlbums = value.sharedAlbums;
    }
  }

  // address_book - computed: false, optional: true, required: false
  private _addressBook?: boolean | cdktf.IResolvable; 
  public get addressBook() {
    return this.getBooleanAttribute('address_book');
  }
  public set addressBook(value: boolean | cdktf.IResolvable) {
    this._addressBook = value;
  }
  public resetAddressBook() {
    this._addressBook = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressBookInput() {
    return this._addressBook;
  }

  // backup - computed: false, optional: true, required: false
  private _backup?: boolean | cdktf.IResolvable; 
  public get backup() {
    return this.getBooleanAttribute('backup');
  }
  public set backup(value: boolean | cdktf.IResolvable) {
    this._backup = value;
  }
  public resetBackup() {
    this._backup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupInput() {
    return this._backup;
  }

  // bookmarks - computed: false, optional: true, required: false
  private _bookmarks?: boolean | cdktf.IResolvable; 
  public get bookmarks() {
    return this.getBooleanAttribute('bookmarks');
  }
  public set bookmarks(value: boolean | cdktf.IResolvable) {
    this._bookmarks = value;
  }
  public resetBookmarks() {
    this._bookmarks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bookmarksInput() {
    return this._bookmarks;
  }

  // calendar - computed: false, optional: true, required: false
  private _calendar?: boolean | cdktf.IResolvable; 
  public get calendar() {
    return this.getBooleanAttribute('calendar');
  }
  public set calendar(value: boolean | cdktf.IResolvable) {
    this._calendar = value;
  }
  public resetCalendar() {
    this._calendar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get calendarInput() {
    return this._calendar;
  }

  // desktop_and_documents - computed: false, optional: true, required: false
  private _desktopAndDocuments?: boolean | cdktf.IResolvable; 
  public get desktopAndDocuments() {
    return this.getBooleanAttribute('desktop_and_documents');
  }
  public set desktopAndDocuments(value: boolean | cdktf.IResolvable) {
    this._desktopAndDocuments = value;
  }
  public resetDesktopAndDocuments() {
    this._desktopAndDocuments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desktopAndDocumentsInput() {
    return this._desktopAndDocuments;
  }

  // document_sync - computed: false, optional: true, required: false
  private _documentSync?: boolean | cdktf.IResolvable; 
  public get documentSync() {
    return this.getBooleanAttribute('document_sync');
  }
  public set documentSync(value: boolean | cdktf.IResolvable) {
    this._documentSync = value;
  }
  public resetDocumentSync() {
    this._documentSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get documentSyncInput() {
    return this._documentSync;
  }

  // enterprise_book_backup - computed: false, optional: true, required: false
  private _enterpriseBookBackup?: boolean | cdktf.IResolvable; 
  public get enterpriseBookBackup() {
    return this.getBooleanAttribute('enterprise_book_backup');
  }
  public set enterpriseBookBackup(value: boolean | cdktf.IResolvable) {
    this._enterpriseBookBackup = value;
  }
  public resetEnterpriseBookBackup() {
    this._enterpriseBookBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseBookBackupInput() {
    return this._enterpriseBookBackup;
  }

  // enterprise_book_metadata_sync - computed: false, optional: true, required: false
  private _enterpriseBookMetadataSync?: boolean | cdktf.IResolvable; 
  public get enterpriseBookMetadataSync() {
    return this.getBooleanAttribute('enterprise_book_metadata_sync');
  }
  public set enterpriseBookMetadataSync(value: boolean | cdktf.IResolvable) {
    this._enterpriseBookMetadataSync = value;
  }
  public resetEnterpriseBookMetadataSync() {
    this._enterpriseBookMetadataSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseBookMetadataSyncInput() {
    return this._enterpriseBookMetadataSync;
  }

  // freeform - computed: false, optional: true, required: false
  private _freeform?: boolean | cdktf.IResolvable; 
  public get freeform() {
    return this.getBooleanAttribute('freeform');
  }
  public set freeform(value: boolean | cdktf.IResolvable) {
    this._freeform = value;
  }
  public resetFreeform() {
    this._freeform = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get freeformInput() {
    return this._freeform;
  }

  // keychain_sync - computed: false, optional: true, required: false
  private _keychainSync?: boolean | cdktf.IResolvable; 
  public get keychainSync() {
    return this.getBooleanAttribute('keychain_sync');
  }
  public set keychainSync(value: boolean | cdktf.IResolvable) {
    this._keychainSync = value;
  }
  public resetKeychainSync() {
    this._keychainSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keychainSyncInput() {
    return this._keychainSync;
  }

  // mail - computed: false, optional: true, required: false
  private _mail?: boolean | cdktf.IResolvable; 
  public get mail() {
    return this.getBooleanAttribute('mail');
  }
  public set mail(value: boolean | cdktf.IResolvable) {
    this._mail = value;
  }
  public resetMail() {
    this._mail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mailInput() {
    return this._mail;
  }

  // managed_apps_sync - computed: false, optional: true, required: false
  private _managedAppsSync?: boolean | cdktf.IResolvable; 
  public get managedAppsSync() {
    return this.getBooleanAttribute('managed_apps_sync');
  }
  public set managedAppsSync(value: boolean | cdktf.IResolvable) {
    this._managedAppsSync = value;
  }
  public resetManagedAppsSync() {
    this._managedAppsSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedAppsSyncInput() {
    return this._managedAppsSync;
  }

  // notes - computed: false, optional: true, required: false
  private _notes?: boolean | cdktf.IResolvable; 
  public get notes() {
    return this.getBooleanAttribute('notes');
  }
  public set notes(value: boolean | cdktf.IResolvable) {
    this._notes = value;
  }
  public resetNotes() {
    this._notes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notesInput() {
    return this._notes;
  }

  // photo_library - computed: false, optional: true, required: false
  private _photoLibrary?: boolean | cdktf.IResolvable; 
  public get photoLibrary() {
    return this.getBooleanAttribute('photo_library');
  }
  public set photoLibrary(value: boolean | cdktf.IResolvable) {
    this._photoLibrary = value;
  }
  public resetPhotoLibrary() {
    this._photoLibrary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get photoLibraryInput() {
    return this._photoLibrary;
  }

  // photo_stream - computed: false, optional: true, required: false
  private _photoStream?: boolean | cdktf.IResolvable; 
  public get photoStream() {
    return this.getBooleanAttribute('photo_stream');
  }
  public set photoStream(value: boolean | cdktf.IResolvable) {
    this._photoStream = value;
  }
  public resetPhotoStream() {
    this._photoStream = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get photoStreamInput() {
    return this._photoStream;
  }

  // private_relay - computed: false, optional: true, required: false
  private _privateRelay?: boolean | cdktf.IResolvable; 
  public get privateRelay() {
    return this.getBooleanAttribute('private_relay');
  }
  public set privateRelay(value: boolean | cdktf.IResolvable) {
    this._privateRelay = value;
  }
  public resetPrivateRelay() {
    this._privateRelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateRelayInput() {
    return this._privateRelay;
  }

  // reminders - computed: false, optional: true, required: false
  private _reminders?: boolean | cdktf.IResolvable; 
  public get reminders() {
    return this.getBooleanAttribute('reminders');
  }
  public set reminders(value: boolean | cdktf.IResolvable) {
    this._reminders = value;
  }
  public resetReminders() {
    this._reminders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remindersInput() {
    return this._reminders;
  }

  // shared_albums - computed: false, optional: true, required: false
  private _sharedAlbums?: boolean | cdktf.IResolvable; 
  public get sharedAlbums() {
    return this.getBooleanAttribute('shared_albums');
  }
  public set sharedAlbums(value: boolean | cdktf.IResolvable) {
    this._sharedAlbums = value;
  }
  public resetSharedAlbums() {
    this._sharedAlbums = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedAlbumsInput() {
    return this._sharedAlbums;
  }
}
export interface RestrictionsOpenIn {
  /**
  * Treat AirDrop as an unmanaged destination. Supported on iOS 9.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#airdrop_unmanaged Restrictions#airdrop_unmanaged}
  */
  readonly airdropUnmanaged?: boolean | cdktf.IResolvable;
  /**
  * Make copy and paste follow the two Open-In directions above. Supported on iOS 15.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#managed_pasteboard Restrictions#managed_pasteboard}
  */
  readonly managedPasteboard?: boolean | cdktf.IResolvable;
  /**
  * Open documents from managed apps and accounts in unmanaged apps. Supported on iOS 7.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#managed_to_unmanaged Restrictions#managed_to_unmanaged}
  */
  readonly managedToUnmanaged?: boolean | cdktf.IResolvable;
  /**
  * Let managed apps write contacts to unmanaged accounts (only matters when managed_to_unmanaged is false). Supported on iOS 12.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#managed_write_unmanaged_contacts Restrictions#managed_write_unmanaged_contacts}
  */
  readonly managedWriteUnmanagedContacts?: boolean | cdktf.IResolvable;
  /**
  * Let unmanaged apps read contacts from managed accounts (only matters when managed_to_unmanaged is false). Supported on iOS 12.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#unmanaged_read_managed_contacts Restrictions#unmanaged_read_managed_contacts}
  */
  readonly unmanagedReadManagedContacts?: boolean | cdktf.IResolvable;
  /**
  * Open documents from unmanaged apps and accounts in managed apps. Supported on iOS 7.0+, visionOS 2.0+.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#unmanaged_to_managed Restrictions#unmanaged_to_managed}
  */
  readonly unmanagedToManaged?: boolean | cdktf.IResolvable;
}

export function restrictionsOpenInToTerraform(struct?: RestrictionsOpenInOutputReference | RestrictionsOpenIn): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    airdrop_unmanaged: cdktf.booleanToTerraform(struct!.airdropUnmanaged),
    managed_pasteboard: cdktf.booleanToTerraform(struct!.managedPasteboard),
    managed_to_unmanaged: cdktf.booleanToTerraform(struct!.managedToUnmanaged),
    managed_write_unmanaged_contacts: cdktf.booleanToTerraform(struct!.managedWriteUnmanagedContacts),
    unmanaged_read_managed_contacts: cdktf.booleanToTerraform(struct!.unmanagedReadManagedContacts),
    unmanaged_to_managed: cdktf.booleanToTerraform(struct!.unmanagedToManaged),
  }
}


export function restrictionsOpenInToHclTerraform(struct?: RestrictionsOpenInOutputReference | RestrictionsOpenIn): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    airdrop_unmanaged: {
      value: cdktf.booleanToHclTerraform(struct!.airdropUnmanaged),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    managed_pasteboard: {
      value: cdktf.booleanToHclTerraform(struct!.managedPasteboard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    managed_to_unmanaged: {
      value: cdktf.booleanToHclTerraform(struct!.managedToUnmanaged),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    managed_write_unmanaged_contacts: {
      value: cdktf.booleanToHclTerraform(struct!.managedWriteUnmanagedContacts),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unmanaged_read_managed_contacts: {
      value: cdktf.booleanToHclTerraform(struct!.unmanagedReadManagedContacts),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    unmanaged_to_managed: {
      value: cdktf.booleanToHclTerraform(struct!.unmanagedToManaged),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RestrictionsOpenInOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RestrictionsOpenIn | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._airdropUnmanaged !== undefined) {
      hasAnyValues = true;
      internalValueResult.airdropUnmanaged = this._airdropUnmanaged;
    }
    if (this._managedPasteboard !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedPasteboard = this._managedPasteboard;
    }
    if (this._managedToUnmanaged !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedToUnmanaged = this._managedToUnmanaged;
    }
    if (this._managedWriteUnmanagedContacts !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedWriteUnmanagedContacts = this._managedWriteUnmanagedContacts;
    }
    if (this._unmanagedReadManagedContacts !== undefined) {
      hasAnyValues = true;
      internalValueResult.unmanagedReadManagedContacts = this._unmanagedReadManagedContacts;
    }
    if (this._unmanagedToManaged !== undefined) {
      hasAnyValues = true;
      internalValueResult.unmanagedToManaged = this._unmanagedToManaged;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RestrictionsOpenIn | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._airdropUnmanaged = undefined;
      this._managedPasteboard = undefined;
      this._managedToUnmanaged = undefined;
      this._managedWriteUnmanagedContacts = undefined;
      this._unmanagedReadManagedContacts = undefined;
      this._unmanagedToManaged = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._airdropUnmanaged = value.airdropUnmanaged;
      this._managedPasteboard = value.managedPasteboard;
      this._managedToUnmanaged = value.managedToUnmanaged;
      this._managedWriteUnmanagedContacts = value.managedWriteUnmanagedContacts;
      this._unmanagedReadManagedContacts = value.unmanagedReadManagedContacts;
      this._unmanagedToManaged = value.unmanagedToManaged;
    }
  }

  // airdrop_unmanaged - computed: false, optional: true, required: false
  private _airdropUnmanaged?: boolean | cdktf.IResolvable; 
  public get airdropUnmanaged() {
    return this.getBooleanAttribute('airdrop_unmanaged');
  }
  public set airdropUnmanaged(value: boolean | cdktf.IResolvable) {
    this._airdropUnmanaged = value;
  }
  public resetAirdropUnmanaged() {
    this._airdropUnmanaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get airdropUnmanagedInput() {
    return this._airdropUnmanaged;
  }

  // managed_pasteboard - computed: false, optional: true, required: false
  private _managedPasteboard?: boolean | cdktf.IResolvable; 
  public get managedPasteboard() {
    return this.getBooleanAttribute('managed_pasteboard');
  }
  public set managedPasteboard(value: boolean | cdktf.IResolvable) {
    this._managedPasteboard = value;
  }
  public resetManagedPasteboard() {
    this._managedPasteboard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedPasteboardInput() {
    return this._managedPasteboard;
  }

  // managed_to_unmanaged - computed: false, optional: true, required: false
  private _managedToUnmanaged?: boolean | cdktf.IResolvable; 
  public get managedToUnmanaged() {
    return this.getBooleanAttribute('managed_to_unmanaged');
  }
  public set managedToUnmanaged(value: boolean | cdktf.IResolvable) {
    this._managedToUnmanaged = value;
  }
  public resetManagedToUnmanaged() {
    this._managedToUnmanaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedToUnmanagedInput() {
    return this._managedToUnmanaged;
  }

  // managed_write_unmanaged_contacts - computed: false, optional: true, required: false
  private _managedWriteUnmanagedContacts?: boolean | cdktf.IResolvable; 
  public get managedWriteUnmanagedContacts() {
    return this.getBooleanAttribute('managed_write_unmanaged_contacts');
  }
  public set managedWriteUnmanagedContacts(value: boolean | cdktf.IResolvable) {
    this._managedWriteUnmanagedContacts = value;
  }
  public resetManagedWriteUnmanagedContacts() {
    this._managedWriteUnmanagedContacts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedWriteUnmanagedContactsInput() {
    return this._managedWriteUnmanagedContacts;
  }

  // unmanaged_read_managed_contacts - computed: false, optional: true, required: false
  private _unmanagedReadManagedContacts?: boolean | cdktf.IResolvable; 
  public get unmanagedReadManagedContacts() {
    return this.getBooleanAttribute('unmanaged_read_managed_contacts');
  }
  public set unmanagedReadManagedContacts(value: boolean | cdktf.IResolvable) {
    this._unmanagedReadManagedContacts = value;
  }
  public resetUnmanagedReadManagedContacts() {
    this._unmanagedReadManagedContacts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unmanagedReadManagedContactsInput() {
    return this._unmanagedReadManagedContacts;
  }

  // unmanaged_to_managed - computed: false, optional: true, required: false
  private _unmanagedToManaged?: boolean | cdktf.IResolvable; 
  public get unmanagedToManaged() {
    return this.getBooleanAttribute('unmanaged_to_managed');
  }
  public set unmanagedToManaged(value: boolean | cdktf.IResolvable) {
    this._unmanagedToManaged = value;
  }
  public resetUnmanagedToManaged() {
    this._unmanagedToManaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unmanagedToManagedInput() {
    return this._unmanagedToManaged;
  }
}
export interface RestrictionsScope {
  /**
  * Device groups whose devices never receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#exclude_groups Restrictions#exclude_groups}
  */
  readonly excludeGroups?: string[];
  /**
  * Device groups that receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#groups Restrictions#groups}
  */
  readonly groups: string[];
}

export function restrictionsScopeToTerraform(struct?: RestrictionsScopeOutputReference | RestrictionsScope): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exclude_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.excludeGroups),
    groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.groups),
  }
}


export function restrictionsScopeToHclTerraform(struct?: RestrictionsScopeOutputReference | RestrictionsScope): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    exclude_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.excludeGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.groups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RestrictionsScopeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RestrictionsScope | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._excludeGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.excludeGroups = this._excludeGroups;
    }
    if (this._groups !== undefined) {
      hasAnyValues = true;
      internalValueResult.groups = this._groups;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RestrictionsScope | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._excludeGroups = undefined;
      this._groups = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._excludeGroups = value.excludeGroups;
      this._groups = value.groups;
    }
  }

  // exclude_groups - computed: false, optional: true, required: false
  private _excludeGroups?: string[]; 
  public get excludeGroups() {
    return this.getListAttribute('exclude_groups');
  }
  public set excludeGroups(value: string[]) {
    this._excludeGroups = value;
  }
  public resetExcludeGroups() {
    this._excludeGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeGroupsInput() {
    return this._excludeGroups;
  }

  // groups - computed: false, optional: false, required: true
  private _groups?: string[]; 
  public get groups() {
    return this.getListAttribute('groups');
  }
  public set groups(value: string[]) {
    this._groups = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsInput() {
    return this._groups;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions applemdm_restrictions}
*/
export class Restrictions extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_restrictions";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Restrictions resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Restrictions to import
  * @param importFromId The id of the existing Restrictions that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Restrictions to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_restrictions", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/restrictions applemdm_restrictions} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RestrictionsConfig
  */
  public constructor(scope: Construct, id: string, config: RestrictionsConfig) {
    super(scope, id, {
      terraformResourceType: 'applemdm_restrictions',
      terraformGeneratorMetadata: {
        providerName: 'applemdm',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._adopt = config.adopt;
    this._allowAccountModification = config.allowAccountModification;
    this._allowActivityContinuation = config.allowActivityContinuation;
    this._allowAddingGameCenterFriends = config.allowAddingGameCenterFriends;
    this._allowAirDrop = config.allowAirDrop;
    this._allowAirPlayIncomingRequests = config.allowAirPlayIncomingRequests;
    this._allowAirPrint = config.allowAirPrint;
    this._allowAirPrintCredentialsStorage = config.allowAirPrintCredentialsStorage;
    this._allowAirPrintIbeaconDiscovery = config.allowAirPrintIbeaconDiscovery;
    this._allowAppCellularDataModification = config.allowAppCellularDataModification;
    this._allowAppClips = config.allowAppClips;
    this._allowAppInstallation = config.allowAppInstallation;
    this._allowAppRemoval = config.allowAppRemoval;
    this._allowApplePersonalizedAdvertising = config.allowApplePersonalizedAdvertising;
    this._allowAppsToBeHidden = config.allowAppsToBeHidden;
    this._allowAppsToBeLocked = config.allowAppsToBeLocked;
    this._allowArdRemoteManagementModification = config.allowArdRemoteManagementModification;
    this._allowAssistant = config.allowAssistant;
    this._allowAssistantUserGeneratedContent = config.allowAssistantUserGeneratedContent;
    this._allowAssistantWhileLocked = config.allowAssistantWhileLocked;
    this._allowAutoCorrection = config.allowAutoCorrection;
    this._allowAutoDim = config.allowAutoDim;
    this._allowAutoUnlock = config.allowAutoUnlock;
    this._allowAutomaticAppDownloads = config.allowAutomaticAppDownloads;
    this._allowAutomaticScreenSaver = config.allowAutomaticScreenSaver;
    this._allowBluetoothModification = config.allowBluetoothModification;
    this._allowBluetoothSharingModification = config.allowBluetoothSharingModification;
    this._allowBookstore = config.allowBookstore;
    this._allowBookstoreErotica = config.allowBookstoreErotica;
    this._allowCallRecording = config.allowCallRecording;
    this._allowCamera = config.allowCamera;
    this._allowCellularPlanModification = config.allowCellularPlanModification;
    this._allowChat = config.allowChat;
    this._allowCloudAddressBook = config.allowCloudAddressBook;
    this._allowCloudBackup = config.allowCloudBackup;
    this._allowCloudBookmarks = config.allowCloudBookmarks;
    this._allowCloudCalendar = config.allowCloudCalendar;
    this._allowCloudDesktopAndDocuments = config.allowCloudDesktopAndDocuments;
    this._allowCloudDocumentSync = config.allowCloudDocumentSync;
    this._allowCloudFreeform = config.allowCloudFreeform;
    this._allowCloudKeychainSync = config.allowCloudKeychainSync;
    this._allowCloudMail = config.allowCloudMail;
    this._allowCloudNotes = config.allowCloudNotes;
    this._allowCloudPhotoLibrary = config.allowCloudPhotoLibrary;
    this._allowCloudPrivateRelay = config.allowCloudPrivateRelay;
    this._allowCloudReminders = config.allowCloudReminders;
    this._allowContentCaching = config.allowContentCaching;
    this._allowContinuousPathKeyboard = config.allowContinuousPathKeyboard;
    this._allowDefinitionLookup = config.allowDefinitionLookup;
    this._allowDeviceNameModification = config.allowDeviceNameModification;
    this._allowDeviceSleep = config.allowDeviceSleep;
    this._allowDiagnosticSubmission = config.allowDiagnosticSubmission;
    this._allowDiagnosticSubmissionModification = config.allowDiagnosticSubmissionModification;
    this._allowDictation = config.allowDictation;
    this._allowEnablingRestrictions = config.allowEnablingRestrictions;
    this._allowEnterpriseAppTrust = config.allowEnterpriseAppTrust;
    this._allowEnterpriseBookBackup = config.allowEnterpriseBookBackup;
    this._allowEnterpriseBookMetadataSync = config.allowEnterpriseBookMetadataSync;
    this._allowEraseContentAndSettings = config.allowEraseContentAndSettings;
    this._allowEsimModification = config.allowEsimModification;
    this._allowEsimOutgoingTransfers = config.allowEsimOutgoingTransfers;
    this._allowExplicitContent = config.allowExplicitContent;
    this._allowFileSharingModification = config.allowFileSharingModification;
    this._allowFilesNetworkDriveAccess = config.allowFilesNetworkDriveAccess;
    this._allowFilesUsbDriveAccess = config.allowFilesUsbDriveAccess;
    this._allowFindMyDevice = config.allowFindMyDevice;
    this._allowFindMyFriends = config.allowFindMyFriends;
    this._allowFindMyFriendsModification = config.allowFindMyFriendsModification;
    this._allowFingerprintForUnlock = config.allowFingerprintForUnlock;
    this._allowFingerprintModification = config.allowFingerprintModification;
    this._allowGameCenter = config.allowGameCenter;
    this._allowGenmoji = config.allowGenmoji;
    this._allowGlobalBackgroundFetchWhenRoaming = config.allowGlobalBackgroundFetchWhenRoaming;
    this._allowHostPairing = config.allowHostPairing;
    this._allowImagePlayground = config.allowImagePlayground;
    this._allowImageWand = config.allowImageWand;
    this._allowInAppPurchases = config.allowInAppPurchases;
    this._allowInternetSharingModification = config.allowInternetSharingModification;
    this._allowIphoneMirroring = config.allowIphoneMirroring;
    this._allowIphoneWidgetsOnMac = config.allowIphoneWidgetsOnMac;
    this._allowItunes = config.allowItunes;
    this._allowItunesFileSharing = config.allowItunesFileSharing;
    this._allowKeyboardShortcuts = config.allowKeyboardShortcuts;
    this._allowListedAppBundleIds = config.allowListedAppBundleIds;
    this._allowLiveVoicemail = config.allowLiveVoicemail;
    this._allowLocalUserCreation = config.allowLocalUserCreation;
    this._allowLockScreenControlCenter = config.allowLockScreenControlCenter;
    this._allowLockScreenNotificationsView = config.allowLockScreenNotificationsView;
    this._allowLockScreenTodayView = config.allowLockScreenTodayView;
    this._allowMailPrivacyProtection = config.allowMailPrivacyProtection;
    this._allowMailSummary = config.allowMailSummary;
    this._allowManagedAppsCloudSync = config.allowManagedAppsCloudSync;
    this._allowManagedToWriteUnmanagedContacts = config.allowManagedToWriteUnmanagedContacts;
    this._allowMarketplaceAppInstallation = config.allowMarketplaceAppInstallation;
    this._allowMediaSharingModification = config.allowMediaSharingModification;
    this._allowMultiplayerGaming = config.allowMultiplayerGaming;
    this._allowMusicService = config.allowMusicService;
    this._allowNews = config.allowNews;
    this._allowNfc = config.allowNfc;
    this._allowNotificationsModification = config.allowNotificationsModification;
    this._allowOpenFromManagedToUnmanaged = config.allowOpenFromManagedToUnmanaged;
    this._allowOpenFromUnmanagedToManaged = config.allowOpenFromUnmanagedToManaged;
    this._allowOtapkiUpdates = config.allowOtapkiUpdates;
    this._allowPairedWatch = config.allowPairedWatch;
    this._allowPassbookWhileLocked = config.allowPassbookWhileLocked;
    this._allowPasscodeModification = config.allowPasscodeModification;
    this._allowPasswordAutoFill = config.allowPasswordAutoFill;
    this._allowPasswordProximityRequests = config.allowPasswordProximityRequests;
    this._allowPasswordSharing = config.allowPasswordSharing;
    this._allowPersonalHotspotModification = config.allowPersonalHotspotModification;
    this._allowPersonalizedHandwritingResults = config.allowPersonalizedHandwritingResults;
    this._allowPhotoStream = config.allowPhotoStream;
    this._allowPodcasts = config.allowPodcasts;
    this._allowPredictiveKeyboard = config.allowPredictiveKeyboard;
    this._allowPrinterSharingModification = config.allowPrinterSharingModification;
    this._allowProximitySetupToNewDevice = config.allowProximitySetupToNewDevice;
    this._allowRadioService = config.allowRadioService;
    this._allowRapidSecurityResponseInstallation = config.allowRapidSecurityResponseInstallation;
    this._allowRapidSecurityResponseRemoval = config.allowRapidSecurityResponseRemoval;
    this._allowRcsMessaging = config.allowRcsMessaging;
    this._allowRemoteAppPairing = config.allowRemoteAppPairing;
    this._allowRemoteAppleEventsModification = config.allowRemoteAppleEventsModification;
    this._allowRemoteScreenObservation = config.allowRemoteScreenObservation;
    this._allowSafari = config.allowSafari;
    this._allowScreenShot = config.allowScreenShot;
    this._allowSharedDeviceTemporarySession = config.allowSharedDeviceTemporarySession;
    this._allowSharedStream = config.allowSharedStream;
    this._allowSpellCheck = config.allowSpellCheck;
    this._allowSpotlightInternetResults = config.allowSpotlightInternetResults;
    this._allowStartupDiskModification = config.allowStartupDiskModification;
    this._allowSystemAppRemoval = config.allowSystemAppRemoval;
    this._allowTimeMachineBackup = config.allowTimeMachineBackup;
    this._allowUiAppInstallation = config.allowUiAppInstallation;
    this._allowUiConfigurationProfileInstallation = config.allowUiConfigurationProfileInstallation;
    this._allowUniversalControl = config.allowUniversalControl;
    this._allowUnmanagedToReadManagedContacts = config.allowUnmanagedToReadManagedContacts;
    this._allowUnpairedExternalBootToRecovery = config.allowUnpairedExternalBootToRecovery;
    this._allowUntrustedTlsPrompt = config.allowUntrustedTlsPrompt;
    this._allowUsbRestrictedMode = config.allowUsbRestrictedMode;
    this._allowVideoConferencing = config.allowVideoConferencing;
    this._allowVoiceDialing = config.allowVoiceDialing;
    this._allowVpnCreation = config.allowVpnCreation;
    this._allowWallpaperModification = config.allowWallpaperModification;
    this._allowWebDistributionAppInstallation = config.allowWebDistributionAppInstallation;
    this._allowWritingTools = config.allowWritingTools;
    this._autonomousSingleAppModePermittedAppIds = config.autonomousSingleAppModePermittedAppIds;
    this._blacklistedAppBundleIds = config.blacklistedAppBundleIds;
    this._blockedAppBundleIds = config.blockedAppBundleIds;
    this._enforcedFingerprintTimeout = config.enforcedFingerprintTimeout;
    this._enforcedSoftwareUpdateDelay = config.enforcedSoftwareUpdateDelay;
    this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay = config.enforcedSoftwareUpdateMajorOsDeferredInstallDelay;
    this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay = config.enforcedSoftwareUpdateMinorOsDeferredInstallDelay;
    this._enforcedSoftwareUpdateNonOsDeferredInstallDelay = config.enforcedSoftwareUpdateNonOsDeferredInstallDelay;
    this._extra = config.extra;
    this._forceAirDropUnmanaged = config.forceAirDropUnmanaged;
    this._forceAirPlayIncomingRequestsPairingPassword = config.forceAirPlayIncomingRequestsPairingPassword;
    this._forceAirPlayOutgoingRequestsPairingPassword = config.forceAirPlayOutgoingRequestsPairingPassword;
    this._forceAirPrintTrustedTlsRequirement = config.forceAirPrintTrustedTlsRequirement;
    this._forceAssistantProfanityFilter = config.forceAssistantProfanityFilter;
    this._forceAuthenticationBeforeAutoFill = config.forceAuthenticationBeforeAutoFill;
    this._forceAutomaticDateAndTime = config.forceAutomaticDateAndTime;
    this._forceBypassScreenCaptureAlert = config.forceBypassScreenCaptureAlert;
    this._forceClassroomAutomaticallyJoinClasses = config.forceClassroomAutomaticallyJoinClasses;
    this._forceClassroomRequestPermissionToLeaveClasses = config.forceClassroomRequestPermissionToLeaveClasses;
    this._forceClassroomUnpromptedAppAndDeviceLock = config.forceClassroomUnpromptedAppAndDeviceLock;
    this._forceClassroomUnpromptedScreenObservation = config.forceClassroomUnpromptedScreenObservation;
    this._forceDelayedAppSoftwareUpdates = config.forceDelayedAppSoftwareUpdates;
    this._forceDelayedMajorSoftwareUpdates = config.forceDelayedMajorSoftwareUpdates;
    this._forceDelayedSoftwareUpdates = config.forceDelayedSoftwareUpdates;
    this._forceEncryptedBackup = config.forceEncryptedBackup;
    this._forceItunesStorePasswordEntry = config.forceItunesStorePasswordEntry;
    this._forceLimitAdTracking = config.forceLimitAdTracking;
    this._forceOnDeviceOnlyDictation = config.forceOnDeviceOnlyDictation;
    this._forceOnDeviceOnlyTranslation = config.forceOnDeviceOnlyTranslation;
    this._forcePreserveEsimOnErase = config.forcePreserveEsimOnErase;
    this._forceWatchWristDetection = config.forceWatchWristDetection;
    this._forceWiFiPowerOn = config.forceWiFiPowerOn;
    this._forceWiFiToAllowedNetworksOnly = config.forceWiFiToAllowedNetworksOnly;
    this._forceWiFiWhitelisting = config.forceWiFiWhitelisting;
    this._identifier = config.identifier;
    this._name = config.name;
    this._ratingApps = config.ratingApps;
    this._ratingMovies = config.ratingMovies;
    this._ratingRegion = config.ratingRegion;
    this._ratingTvShows = config.ratingTvShows;
    this._requireManagedPasteboard = config.requireManagedPasteboard;
    this._safariAcceptCookies = config.safariAcceptCookies;
    this._safariAllowAutoFill = config.safariAllowAutoFill;
    this._safariAllowJavaScript = config.safariAllowJavaScript;
    this._safariAllowPopups = config.safariAllowPopups;
    this._safariForceFraudWarning = config.safariForceFraudWarning;
    this._whitelistedAppBundleIds = config.whitelistedAppBundleIds;
    this._icloud.internalValue = config.icloud;
    this._openIn.internalValue = config.openIn;
    this._scope.internalValue = config.scope;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adopt - computed: false, optional: true, required: false
  private _adopt?: boolean | cdktf.IResolvable; 
  public get adopt() {
    return this.getBooleanAttribute('adopt');
  }
  public set adopt(value: boolean | cdktf.IResolvable) {
    this._adopt = value;
  }
  public resetAdopt() {
    this._adopt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adoptInput() {
    return this._adopt;
  }

  // allow_account_modification - computed: false, optional: true, required: false
  private _allowAccountModification?: boolean | cdktf.IResolvable; 
  public get allowAccountModification() {
    return this.getBooleanAttribute('allow_account_modification');
  }
  public set allowAccountModification(value: boolean | cdktf.IResolvable) {
    this._allowAccountModification = value;
  }
  public resetAllowAccountModification() {
    this._allowAccountModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAccountModificationInput() {
    return this._allowAccountModification;
  }

  // allow_activity_continuation - computed: false, optional: true, required: false
  private _allowActivityContinuation?: boolean | cdktf.IResolvable; 
  public get allowActivityContinuation() {
    return this.getBooleanAttribute('allow_activity_continuation');
  }
  public set allowActivityContinuation(value: boolean | cdktf.IResolvable) {
    this._allowActivityContinuation = value;
  }
  public resetAllowActivityContinuation() {
    this._allowActivityContinuation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowActivityContinuationInput() {
    return this._allowActivityContinuation;
  }

  // allow_adding_game_center_friends - computed: false, optional: true, required: false
  private _allowAddingGameCenterFriends?: boolean | cdktf.IResolvable; 
  public get allowAddingGameCenterFriends() {
    return this.getBooleanAttribute('allow_adding_game_center_friends');
  }
  public set allowAddingGameCenterFriends(value: boolean | cdktf.IResolvable) {
    this._allowAddingGameCenterFriends = value;
  }
  public resetAllowAddingGameCenterFriends() {
    this._allowAddingGameCenterFriends = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAddingGameCenterFriendsInput() {
    return this._allowAddingGameCenterFriends;
  }

  // allow_air_drop - computed: false, optional: true, required: false
  private _allowAirDrop?: boolean | cdktf.IResolvable; 
  public get allowAirDrop() {
    return this.getBooleanAttribute('allow_air_drop');
  }
  public set allowAirDrop(value: boolean | cdktf.IResolvable) {
    this._allowAirDrop = value;
  }
  public resetAllowAirDrop() {
    this._allowAirDrop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAirDropInput() {
    return this._allowAirDrop;
  }

  // allow_air_play_incoming_requests - computed: false, optional: true, required: false
  private _allowAirPlayIncomingRequests?: boolean | cdktf.IResolvable; 
  public get allowAirPlayIncomingRequests() {
    return this.getBooleanAttribute('allow_air_play_incoming_requests');
  }
  public set allowAirPlayIncomingRequests(value: boolean | cdktf.IResolvable) {
    this._allowAirPlayIncomingRequests = value;
  }
  public resetAllowAirPlayIncomingRequests() {
    this._allowAirPlayIncomingRequests = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAirPlayIncomingRequestsInput() {
    return this._allowAirPlayIncomingRequests;
  }

  // allow_air_print - computed: false, optional: true, required: false
  private _allowAirPrint?: boolean | cdktf.IResolvable; 
  public get allowAirPrint() {
    return this.getBooleanAttribute('allow_air_print');
  }
  public set allowAirPrint(value: boolean | cdktf.IResolvable) {
    this._allowAirPrint = value;
  }
  public resetAllowAirPrint() {
    this._allowAirPrint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAirPrintInput() {
    return this._allowAirPrint;
  }

  // allow_air_print_credentials_storage - computed: false, optional: true, required: false
  private _allowAirPrintCredentialsStorage?: boolean | cdktf.IResolvable; 
  public get allowAirPrintCredentialsStorage() {
    return this.getBooleanAttribute('allow_air_print_credentials_storage');
  }
  public set allowAirPrintCredentialsStorage(value: boolean | cdktf.IResolvable) {
    this._allowAirPrintCredentialsStorage = value;
  }
  public resetAllowAirPrintCredentialsStorage() {
    this._allowAirPrintCredentialsStorage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAirPrintCredentialsStorageInput() {
    return this._allowAirPrintCredentialsStorage;
  }

  // allow_air_print_ibeacon_discovery - computed: false, optional: true, required: false
  private _allowAirPrintIbeaconDiscovery?: boolean | cdktf.IResolvable; 
  public get allowAirPrintIbeaconDiscovery() {
    return this.getBooleanAttribute('allow_air_print_ibeacon_discovery');
  }
  public set allowAirPrintIbeaconDiscovery(value: boolean | cdktf.IResolvable) {
    this._allowAirPrintIbeaconDiscovery = value;
  }
  public resetAllowAirPrintIbeaconDiscovery() {
    this._allowAirPrintIbeaconDiscovery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAirPrintIbeaconDiscoveryInput() {
    return this._allowAirPrintIbeaconDiscovery;
  }

  // allow_app_cellular_data_modification - computed: false, optional: true, required: false
  private _allowAppCellularDataModification?: boolean | cdktf.IResolvable; 
  public get allowAppCellularDataModification() {
    return this.getBooleanAttribute('allow_app_cellular_data_modification');
  }
  public set allowAppCellularDataModification(value: boolean | cdktf.IResolvable) {
    this._allowAppCellularDataModification = value;
  }
  public resetAllowAppCellularDataModification() {
    this._allowAppCellularDataModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppCellularDataModificationInput() {
    return this._allowAppCellularDataModification;
  }

  // allow_app_clips - computed: false, optional: true, required: false
  private _allowAppClips?: boolean | cdktf.IResolvable; 
  public get allowAppClips() {
    return this.getBooleanAttribute('allow_app_clips');
  }
  public set allowAppClips(value: boolean | cdktf.IResolvable) {
    this._allowAppClips = value;
  }
  public resetAllowAppClips() {
    this._allowAppClips = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppClipsInput() {
    return this._allowAppClips;
  }

  // allow_app_installation - computed: false, optional: true, required: false
  private _allowAppInstallation?: boolean | cdktf.IResolvable; 
  public get allowAppInstallation() {
    return this.getBooleanAttribute('allow_app_installation');
  }
  public set allowAppInstallation(value: boolean | cdktf.IResolvable) {
    this._allowAppInstallation = value;
  }
  public resetAllowAppInstallation() {
    this._allowAppInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppInstallationInput() {
    return this._allowAppInstallation;
  }

  // allow_app_removal - computed: false, optional: true, required: false
  private _allowAppRemoval?: boolean | cdktf.IResolvable; 
  public get allowAppRemoval() {
    return this.getBooleanAttribute('allow_app_removal');
  }
  public set allowAppRemoval(value: boolean | cdktf.IResolvable) {
    this._allowAppRemoval = value;
  }
  public resetAllowAppRemoval() {
    this._allowAppRemoval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppRemovalInput() {
    return this._allowAppRemoval;
  }

  // allow_apple_personalized_advertising - computed: false, optional: true, required: false
  private _allowApplePersonalizedAdvertising?: boolean | cdktf.IResolvable; 
  public get allowApplePersonalizedAdvertising() {
    return this.getBooleanAttribute('allow_apple_personalized_advertising');
  }
  public set allowApplePersonalizedAdvertising(value: boolean | cdktf.IResolvable) {
    this._allowApplePersonalizedAdvertising = value;
  }
  public resetAllowApplePersonalizedAdvertising() {
    this._allowApplePersonalizedAdvertising = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowApplePersonalizedAdvertisingInput() {
    return this._allowApplePersonalizedAdvertising;
  }

  // allow_apps_to_be_hidden - computed: false, optional: true, required: false
  private _allowAppsToBeHidden?: boolean | cdktf.IResolvable; 
  public get allowAppsToBeHidden() {
    return this.getBooleanAttribute('allow_apps_to_be_hidden');
  }
  public set allowAppsToBeHidden(value: boolean | cdktf.IResolvable) {
    this._allowAppsToBeHidden = value;
  }
  public resetAllowAppsToBeHidden() {
    this._allowAppsToBeHidden = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppsToBeHiddenInput() {
    return this._allowAppsToBeHidden;
  }

  // allow_apps_to_be_locked - computed: false, optional: true, required: false
  private _allowAppsToBeLocked?: boolean | cdktf.IResolvable; 
  public get allowAppsToBeLocked() {
    return this.getBooleanAttribute('allow_apps_to_be_locked');
  }
  public set allowAppsToBeLocked(value: boolean | cdktf.IResolvable) {
    this._allowAppsToBeLocked = value;
  }
  public resetAllowAppsToBeLocked() {
    this._allowAppsToBeLocked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAppsToBeLockedInput() {
    return this._allowAppsToBeLocked;
  }

  // allow_ard_remote_management_modification - computed: false, optional: true, required: false
  private _allowArdRemoteManagementModification?: boolean | cdktf.IResolvable; 
  public get allowArdRemoteManagementModification() {
    return this.getBooleanAttribute('allow_ard_remote_management_modification');
  }
  public set allowArdRemoteManagementModification(value: boolean | cdktf.IResolvable) {
    this._allowArdRemoteManagementModification = value;
  }
  public resetAllowArdRemoteManagementModification() {
    this._allowArdRemoteManagementModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowArdRemoteManagementModificationInput() {
    return this._allowArdRemoteManagementModification;
  }

  // allow_assistant - computed: false, optional: true, required: false
  private _allowAssistant?: boolean | cdktf.IResolvable; 
  public get allowAssistant() {
    return this.getBooleanAttribute('allow_assistant');
  }
  public set allowAssistant(value: boolean | cdktf.IResolvable) {
    this._allowAssistant = value;
  }
  public resetAllowAssistant() {
    this._allowAssistant = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAssistantInput() {
    return this._allowAssistant;
  }

  // allow_assistant_user_generated_content - computed: false, optional: true, required: false
  private _allowAssistantUserGeneratedContent?: boolean | cdktf.IResolvable; 
  public get allowAssistantUserGeneratedContent() {
    return this.getBooleanAttribute('allow_assistant_user_generated_content');
  }
  public set allowAssistantUserGeneratedContent(value: boolean | cdktf.IResolvable) {
    this._allowAssistantUserGeneratedContent = value;
  }
  public resetAllowAssistantUserGeneratedContent() {
    this._allowAssistantUserGeneratedContent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAssistantUserGeneratedContentInput() {
    return this._allowAssistantUserGeneratedContent;
  }

  // allow_assistant_while_locked - computed: false, optional: true, required: false
  private _allowAssistantWhileLocked?: boolean | cdktf.IResolvable; 
  public get allowAssistantWhileLocked() {
    return this.getBooleanAttribute('allow_assistant_while_locked');
  }
  public set allowAssistantWhileLocked(value: boolean | cdktf.IResolvable) {
    this._allowAssistantWhileLocked = value;
  }
  public resetAllowAssistantWhileLocked() {
    this._allowAssistantWhileLocked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAssistantWhileLockedInput() {
    return this._allowAssistantWhileLocked;
  }

  // allow_auto_correction - computed: false, optional: true, required: false
  private _allowAutoCorrection?: boolean | cdktf.IResolvable; 
  public get allowAutoCorrection() {
    return this.getBooleanAttribute('allow_auto_correction');
  }
  public set allowAutoCorrection(value: boolean | cdktf.IResolvable) {
    this._allowAutoCorrection = value;
  }
  public resetAllowAutoCorrection() {
    this._allowAutoCorrection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAutoCorrectionInput() {
    return this._allowAutoCorrection;
  }

  // allow_auto_dim - computed: false, optional: true, required: false
  private _allowAutoDim?: boolean | cdktf.IResolvable; 
  public get allowAutoDim() {
    return this.getBooleanAttribute('allow_auto_dim');
  }
  public set allowAutoDim(value: boolean | cdktf.IResolvable) {
    this._allowAutoDim = value;
  }
  public resetAllowAutoDim() {
    this._allowAutoDim = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAutoDimInput() {
    return this._allowAutoDim;
  }

  // allow_auto_unlock - computed: false, optional: true, required: false
  private _allowAutoUnlock?: boolean | cdktf.IResolvable; 
  public get allowAutoUnlock() {
    return this.getBooleanAttribute('allow_auto_unlock');
  }
  public set allowAutoUnlock(value: boolean | cdktf.IResolvable) {
    this._allowAutoUnlock = value;
  }
  public resetAllowAutoUnlock() {
    this._allowAutoUnlock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAutoUnlockInput() {
    return this._allowAutoUnlock;
  }

  // allow_automatic_app_downloads - computed: false, optional: true, required: false
  private _allowAutomaticAppDownloads?: boolean | cdktf.IResolvable; 
  public get allowAutomaticAppDownloads() {
    return this.getBooleanAttribute('allow_automatic_app_downloads');
  }
  public set allowAutomaticAppDownloads(value: boolean | cdktf.IResolvable) {
    this._allowAutomaticAppDownloads = value;
  }
  public resetAllowAutomaticAppDownloads() {
    this._allowAutomaticAppDownloads = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAutomaticAppDownloadsInput() {
    return this._allowAutomaticAppDownloads;
  }

  // allow_automatic_screen_saver - computed: false, optional: true, required: false
  private _allowAutomaticScreenSaver?: boolean | cdktf.IResolvable; 
  public get allowAutomaticScreenSaver() {
    return this.getBooleanAttribute('allow_automatic_screen_saver');
  }
  public set allowAutomaticScreenSaver(value: boolean | cdktf.IResolvable) {
    this._allowAutomaticScreenSaver = value;
  }
  public resetAllowAutomaticScreenSaver() {
    this._allowAutomaticScreenSaver = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAutomaticScreenSaverInput() {
    return this._allowAutomaticScreenSaver;
  }

  // allow_bluetooth_modification - computed: false, optional: true, required: false
  private _allowBluetoothModification?: boolean | cdktf.IResolvable; 
  public get allowBluetoothModification() {
    return this.getBooleanAttribute('allow_bluetooth_modification');
  }
  public set allowBluetoothModification(value: boolean | cdktf.IResolvable) {
    this._allowBluetoothModification = value;
  }
  public resetAllowBluetoothModification() {
    this._allowBluetoothModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowBluetoothModificationInput() {
    return this._allowBluetoothModification;
  }

  // allow_bluetooth_sharing_modification - computed: false, optional: true, required: false
  private _allowBluetoothSharingModification?: boolean | cdktf.IResolvable; 
  public get allowBluetoothSharingModification() {
    return this.getBooleanAttribute('allow_bluetooth_sharing_modification');
  }
  public set allowBluetoothSharingModification(value: boolean | cdktf.IResolvable) {
    this._allowBluetoothSharingModification = value;
  }
  public resetAllowBluetoothSharingModification() {
    this._allowBluetoothSharingModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowBluetoothSharingModificationInput() {
    return this._allowBluetoothSharingModification;
  }

  // allow_bookstore - computed: false, optional: true, required: false
  private _allowBookstore?: boolean | cdktf.IResolvable; 
  public get allowBookstore() {
    return this.getBooleanAttribute('allow_bookstore');
  }
  public set allowBookstore(value: boolean | cdktf.IResolvable) {
    this._allowBookstore = value;
  }
  public resetAllowBookstore() {
    this._allowBookstore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowBookstoreInput() {
    return this._allowBookstore;
  }

  // allow_bookstore_erotica - computed: false, optional: true, required: false
  private _allowBookstoreErotica?: boolean | cdktf.IResolvable; 
  public get allowBookstoreErotica() {
    return this.getBooleanAttribute('allow_bookstore_erotica');
  }
  public set allowBookstoreErotica(value: boolean | cdktf.IResolvable) {
    this._allowBookstoreErotica = value;
  }
  public resetAllowBookstoreErotica() {
    this._allowBookstoreErotica = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowBookstoreEroticaInput() {
    return this._allowBookstoreErotica;
  }

  // allow_call_recording - computed: false, optional: true, required: false
  private _allowCallRecording?: boolean | cdktf.IResolvable; 
  public get allowCallRecording() {
    return this.getBooleanAttribute('allow_call_recording');
  }
  public set allowCallRecording(value: boolean | cdktf.IResolvable) {
    this._allowCallRecording = value;
  }
  public resetAllowCallRecording() {
    this._allowCallRecording = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCallRecordingInput() {
    return this._allowCallRecording;
  }

  // allow_camera - computed: false, optional: true, required: false
  private _allowCamera?: boolean | cdktf.IResolvable; 
  public get allowCamera() {
    return this.getBooleanAttribute('allow_camera');
  }
  public set allowCamera(value: boolean | cdktf.IResolvable) {
    this._allowCamera = value;
  }
  public resetAllowCamera() {
    this._allowCamera = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCameraInput() {
    return this._allowCamera;
  }

  // allow_cellular_plan_modification - computed: false, optional: true, required: false
  private _allowCellularPlanModification?: boolean | cdktf.IResolvable; 
  public get allowCellularPlanModification() {
    return this.getBooleanAttribute('allow_cellular_plan_modification');
  }
  public set allowCellularPlanModification(value: boolean | cdktf.IResolvable) {
    this._allowCellularPlanModification = value;
  }
  public resetAllowCellularPlanModification() {
    this._allowCellularPlanModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCellularPlanModificationInput() {
    return this._allowCellularPlanModification;
  }

  // allow_chat - computed: false, optional: true, required: false
  private _allowChat?: boolean | cdktf.IResolvable; 
  public get allowChat() {
    return this.getBooleanAttribute('allow_chat');
  }
  public set allowChat(value: boolean | cdktf.IResolvable) {
    this._allowChat = value;
  }
  public resetAllowChat() {
    this._allowChat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowChatInput() {
    return this._allowChat;
  }

  // allow_cloud_address_book - computed: false, optional: true, required: false
  private _allowCloudAddressBook?: boolean | cdktf.IResolvable; 
  public get allowCloudAddressBook() {
    return this.getBooleanAttribute('allow_cloud_address_book');
  }
  public set allowCloudAddressBook(value: boolean | cdktf.IResolvable) {
    this._allowCloudAddressBook = value;
  }
  public resetAllowCloudAddressBook() {
    this._allowCloudAddressBook = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudAddressBookInput() {
    return this._allowCloudAddressBook;
  }

  // allow_cloud_backup - computed: false, optional: true, required: false
  private _allowCloudBackup?: boolean | cdktf.IResolvable; 
  public get allowCloudBackup() {
    return this.getBooleanAttribute('allow_cloud_backup');
  }
  public set allowCloudBackup(value: boolean | cdktf.IResolvable) {
    this._allowCloudBackup = value;
  }
  public resetAllowCloudBackup() {
    this._allowCloudBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudBackupInput() {
    return this._allowCloudBackup;
  }

  // allow_cloud_bookmarks - computed: false, optional: true, required: false
  private _allowCloudBookmarks?: boolean | cdktf.IResolvable; 
  public get allowCloudBookmarks() {
    return this.getBooleanAttribute('allow_cloud_bookmarks');
  }
  public set allowCloudBookmarks(value: boolean | cdktf.IResolvable) {
    this._allowCloudBookmarks = value;
  }
  public resetAllowCloudBookmarks() {
    this._allowCloudBookmarks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudBookmarksInput() {
    return this._allowCloudBookmarks;
  }

  // allow_cloud_calendar - computed: false, optional: true, required: false
  private _allowCloudCalendar?: boolean | cdktf.IResolvable; 
  public get allowCloudCalendar() {
    return this.getBooleanAttribute('allow_cloud_calendar');
  }
  public set allowCloudCalendar(value: boolean | cdktf.IResolvable) {
    this._allowCloudCalendar = value;
  }
  public resetAllowCloudCalendar() {
    this._allowCloudCalendar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudCalendarInput() {
    return this._allowCloudCalendar;
  }

  // allow_cloud_desktop_and_documents - computed: false, optional: true, required: false
  private _allowCloudDesktopAndDocuments?: boolean | cdktf.IResolvable; 
  public get allowCloudDesktopAndDocuments() {
    return this.getBooleanAttribute('allow_cloud_desktop_and_documents');
  }
  public set allowCloudDesktopAndDocuments(value: boolean | cdktf.IResolvable) {
    this._allowCloudDesktopAndDocuments = value;
  }
  public resetAllowCloudDesktopAndDocuments() {
    this._allowCloudDesktopAndDocuments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudDesktopAndDocumentsInput() {
    return this._allowCloudDesktopAndDocuments;
  }

  // allow_cloud_document_sync - computed: false, optional: true, required: false
  private _allowCloudDocumentSync?: boolean | cdktf.IResolvable; 
  public get allowCloudDocumentSync() {
    return this.getBooleanAttribute('allow_cloud_document_sync');
  }
  public set allowCloudDocumentSync(value: boolean | cdktf.IResolvable) {
    this._allowCloudDocumentSync = value;
  }
  public resetAllowCloudDocumentSync() {
    this._allowCloudDocumentSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudDocumentSyncInput() {
    return this._allowCloudDocumentSync;
  }

  // allow_cloud_freeform - computed: false, optional: true, required: false
  private _allowCloudFreeform?: boolean | cdktf.IResolvable; 
  public get allowCloudFreeform() {
    return this.getBooleanAttribute('allow_cloud_freeform');
  }
  public set allowCloudFreeform(value: boolean | cdktf.IResolvable) {
    this._allowCloudFreeform = value;
  }
  public resetAllowCloudFreeform() {
    this._allowCloudFreeform = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudFreeformInput() {
    return this._allowCloudFreeform;
  }

  // allow_cloud_keychain_sync - computed: false, optional: true, required: false
  private _allowCloudKeychainSync?: boolean | cdktf.IResolvable; 
  public get allowCloudKeychainSync() {
    return this.getBooleanAttribute('allow_cloud_keychain_sync');
  }
  public set allowCloudKeychainSync(value: boolean | cdktf.IResolvable) {
    this._allowCloudKeychainSync = value;
  }
  public resetAllowCloudKeychainSync() {
    this._allowCloudKeychainSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudKeychainSyncInput() {
    return this._allowCloudKeychainSync;
  }

  // allow_cloud_mail - computed: false, optional: true, required: false
  private _allowCloudMail?: boolean | cdktf.IResolvable; 
  public get allowCloudMail() {
    return this.getBooleanAttribute('allow_cloud_mail');
  }
  public set allowCloudMail(value: boolean | cdktf.IResolvable) {
    this._allowCloudMail = value;
  }
  public resetAllowCloudMail() {
    this._allowCloudMail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudMailInput() {
    return this._allowCloudMail;
  }

  // allow_cloud_notes - computed: false, optional: true, required: false
  private _allowCloudNotes?: boolean | cdktf.IResolvable; 
  public get allowCloudNotes() {
    return this.getBooleanAttribute('allow_cloud_notes');
  }
  public set allowCloudNotes(value: boolean | cdktf.IResolvable) {
    this._allowCloudNotes = value;
  }
  public resetAllowCloudNotes() {
    this._allowCloudNotes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudNotesInput() {
    return this._allowCloudNotes;
  }

  // allow_cloud_photo_library - computed: false, optional: true, required: false
  private _allowCloudPhotoLibrary?: boolean | cdktf.IResolvable; 
  public get allowCloudPhotoLibrary() {
    return this.getBooleanAttribute('allow_cloud_photo_library');
  }
  public set allowCloudPhotoLibrary(value: boolean | cdktf.IResolvable) {
    this._allowCloudPhotoLibrary = value;
  }
  public resetAllowCloudPhotoLibrary() {
    this._allowCloudPhotoLibrary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudPhotoLibraryInput() {
    return this._allowCloudPhotoLibrary;
  }

  // allow_cloud_private_relay - computed: false, optional: true, required: false
  private _allowCloudPrivateRelay?: boolean | cdktf.IResolvable; 
  public get allowCloudPrivateRelay() {
    return this.getBooleanAttribute('allow_cloud_private_relay');
  }
  public set allowCloudPrivateRelay(value: boolean | cdktf.IResolvable) {
    this._allowCloudPrivateRelay = value;
  }
  public resetAllowCloudPrivateRelay() {
    this._allowCloudPrivateRelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudPrivateRelayInput() {
    return this._allowCloudPrivateRelay;
  }

  // allow_cloud_reminders - computed: false, optional: true, required: false
  private _allowCloudReminders?: boolean | cdktf.IResolvable; 
  public get allowCloudReminders() {
    return this.getBooleanAttribute('allow_cloud_reminders');
  }
  public set allowCloudReminders(value: boolean | cdktf.IResolvable) {
    this._allowCloudReminders = value;
  }
  public resetAllowCloudReminders() {
    this._allowCloudReminders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowCloudRemindersInput() {
    return this._allowCloudReminders;
  }

  // allow_content_caching - computed: false, optional: true, required: false
  private _allowContentCaching?: boolean | cdktf.IResolvable; 
  public get allowContentCaching() {
    return this.getBooleanAttribute('allow_content_caching');
  }
  public set allowContentCaching(value: boolean | cdktf.IResolvable) {
    this._allowContentCaching = value;
  }
  public resetAllowContentCaching() {
    this._allowContentCaching = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowContentCachingInput() {
    return this._allowContentCaching;
  }

  // allow_continuous_path_keyboard - computed: false, optional: true, required: false
  private _allowContinuousPathKeyboard?: boolean | cdktf.IResolvable; 
  public get allowContinuousPathKeyboard() {
    return this.getBooleanAttribute('allow_continuous_path_keyboard');
  }
  public set allowContinuousPathKeyboard(value: boolean | cdktf.IResolvable) {
    this._allowContinuousPathKeyboard = value;
  }
  public resetAllowContinuousPathKeyboard() {
    this._allowContinuousPathKeyboard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowContinuousPathKeyboardInput() {
    return this._allowContinuousPathKeyboard;
  }

  // allow_definition_lookup - computed: false, optional: true, required: false
  private _allowDefinitionLookup?: boolean | cdktf.IResolvable; 
  public get allowDefinitionLookup() {
    return this.getBooleanAttribute('allow_definition_lookup');
  }
  public set allowDefinitionLookup(value: boolean | cdktf.IResolvable) {
    this._allowDefinitionLookup = value;
  }
  public resetAllowDefinitionLookup() {
    this._allowDefinitionLookup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDefinitionLookupInput() {
    return this._allowDefinitionLookup;
  }

  // allow_device_name_modification - computed: false, optional: true, required: false
  private _allowDeviceNameModification?: boolean | cdktf.IResolvable; 
  public get allowDeviceNameModification() {
    return this.getBooleanAttribute('allow_device_name_modification');
  }
  public set allowDeviceNameModification(value: boolean | cdktf.IResolvable) {
    this._allowDeviceNameModification = value;
  }
  public resetAllowDeviceNameModification() {
    this._allowDeviceNameModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDeviceNameModificationInput() {
    return this._allowDeviceNameModification;
  }

  // allow_device_sleep - computed: false, optional: true, required: false
  private _allowDeviceSleep?: boolean | cdktf.IResolvable; 
  public get allowDeviceSleep() {
    return this.getBooleanAttribute('allow_device_sleep');
  }
  public set allowDeviceSleep(value: boolean | cdktf.IResolvable) {
    this._allowDeviceSleep = value;
  }
  public resetAllowDeviceSleep() {
    this._allowDeviceSleep = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDeviceSleepInput() {
    return this._allowDeviceSleep;
  }

  // allow_diagnostic_submission - computed: false, optional: true, required: false
  private _allowDiagnosticSubmission?: boolean | cdktf.IResolvable; 
  public get allowDiagnosticSubmission() {
    return this.getBooleanAttribute('allow_diagnostic_submission');
  }
  public set allowDiagnosticSubmission(value: boolean | cdktf.IResolvable) {
    this._allowDiagnosticSubmission = value;
  }
  public resetAllowDiagnosticSubmission() {
    this._allowDiagnosticSubmission = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDiagnosticSubmissionInput() {
    return this._allowDiagnosticSubmission;
  }

  // allow_diagnostic_submission_modification - computed: false, optional: true, required: false
  private _allowDiagnosticSubmissionModification?: boolean | cdktf.IResolvable; 
  public get allowDiagnosticSubmissionModification() {
    return this.getBooleanAttribute('allow_diagnostic_submission_modification');
  }
  public set allowDiagnosticSubmissionModification(value: boolean | cdktf.IResolvable) {
    this._allowDiagnosticSubmissionModification = value;
  }
  public resetAllowDiagnosticSubmissionModification() {
    this._allowDiagnosticSubmissionModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDiagnosticSubmissionModificationInput() {
    return this._allowDiagnosticSubmissionModification;
  }

  // allow_dictation - computed: false, optional: true, required: false
  private _allowDictation?: boolean | cdktf.IResolvable; 
  public get allowDictation() {
    return this.getBooleanAttribute('allow_dictation');
  }
  public set allowDictation(value: boolean | cdktf.IResolvable) {
    this._allowDictation = value;
  }
  public resetAllowDictation() {
    this._allowDictation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowDictationInput() {
    return this._allowDictation;
  }

  // allow_enabling_restrictions - computed: false, optional: true, required: false
  private _allowEnablingRestrictions?: boolean | cdktf.IResolvable; 
  public get allowEnablingRestrictions() {
    return this.getBooleanAttribute('allow_enabling_restrictions');
  }
  public set allowEnablingRestrictions(value: boolean | cdktf.IResolvable) {
    this._allowEnablingRestrictions = value;
  }
  public resetAllowEnablingRestrictions() {
    this._allowEnablingRestrictions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEnablingRestrictionsInput() {
    return this._allowEnablingRestrictions;
  }

  // allow_enterprise_app_trust - computed: false, optional: true, required: false
  private _allowEnterpriseAppTrust?: boolean | cdktf.IResolvable; 
  public get allowEnterpriseAppTrust() {
    return this.getBooleanAttribute('allow_enterprise_app_trust');
  }
  public set allowEnterpriseAppTrust(value: boolean | cdktf.IResolvable) {
    this._allowEnterpriseAppTrust = value;
  }
  public resetAllowEnterpriseAppTrust() {
    this._allowEnterpriseAppTrust = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEnterpriseAppTrustInput() {
    return this._allowEnterpriseAppTrust;
  }

  // allow_enterprise_book_backup - computed: false, optional: true, required: false
  private _allowEnterpriseBookBackup?: boolean | cdktf.IResolvable; 
  public get allowEnterpriseBookBackup() {
    return this.getBooleanAttribute('allow_enterprise_book_backup');
  }
  public set allowEnterpriseBookBackup(value: boolean | cdktf.IResolvable) {
    this._allowEnterpriseBookBackup = value;
  }
  public resetAllowEnterpriseBookBackup() {
    this._allowEnterpriseBookBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEnterpriseBookBackupInput() {
    return this._allowEnterpriseBookBackup;
  }

  // allow_enterprise_book_metadata_sync - computed: false, optional: true, required: false
  private _allowEnterpriseBookMetadataSync?: boolean | cdktf.IResolvable; 
  public get allowEnterpriseBookMetadataSync() {
    return this.getBooleanAttribute('allow_enterprise_book_metadata_sync');
  }
  public set allowEnterpriseBookMetadataSync(value: boolean | cdktf.IResolvable) {
    this._allowEnterpriseBookMetadataSync = value;
  }
  public resetAllowEnterpriseBookMetadataSync() {
    this._allowEnterpriseBookMetadataSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEnterpriseBookMetadataSyncInput() {
    return this._allowEnterpriseBookMetadataSync;
  }

  // allow_erase_content_and_settings - computed: false, optional: true, required: false
  private _allowEraseContentAndSettings?: boolean | cdktf.IResolvable; 
  public get allowEraseContentAndSettings() {
    return this.getBooleanAttribute('allow_erase_content_and_settings');
  }
  public set allowEraseContentAndSettings(value: boolean | cdktf.IResolvable) {
    this._allowEraseContentAndSettings = value;
  }
  public resetAllowEraseContentAndSettings() {
    this._allowEraseContentAndSettings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEraseContentAndSettingsInput() {
    return this._allowEraseContentAndSettings;
  }

  // allow_esim_modification - computed: false, optional: true, required: false
  private _allowEsimModification?: boolean | cdktf.IResolvable; 
  public get allowEsimModification() {
    return this.getBooleanAttribute('allow_esim_modification');
  }
  public set allowEsimModification(value: boolean | cdktf.IResolvable) {
    this._allowEsimModification = value;
  }
  public resetAllowEsimModification() {
    this._allowEsimModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEsimModificationInput() {
    return this._allowEsimModification;
  }

  // allow_esim_outgoing_transfers - computed: false, optional: true, required: false
  private _allowEsimOutgoingTransfers?: boolean | cdktf.IResolvable; 
  public get allowEsimOutgoingTransfers() {
    return this.getBooleanAttribute('allow_esim_outgoing_transfers');
  }
  public set allowEsimOutgoingTransfers(value: boolean | cdktf.IResolvable) {
    this._allowEsimOutgoingTransfers = value;
  }
  public resetAllowEsimOutgoingTransfers() {
    this._allowEsimOutgoingTransfers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEsimOutgoingTransfersInput() {
    return this._allowEsimOutgoingTransfers;
  }

  // allow_explicit_content - computed: false, optional: true, required: false
  private _allowExplicitContent?: boolean | cdktf.IResolvable; 
  public get allowExplicitContent() {
    return this.getBooleanAttribute('allow_explicit_content');
  }
  public set allowExplicitContent(value: boolean | cdktf.IResolvable) {
    this._allowExplicitContent = value;
  }
  public resetAllowExplicitContent() {
    this._allowExplicitContent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowExplicitContentInput() {
    return this._allowExplicitContent;
  }

  // allow_file_sharing_modification - computed: false, optional: true, required: false
  private _allowFileSharingModification?: boolean | cdktf.IResolvable; 
  public get allowFileSharingModification() {
    return this.getBooleanAttribute('allow_file_sharing_modification');
  }
  public set allowFileSharingModification(value: boolean | cdktf.IResolvable) {
    this._allowFileSharingModification = value;
  }
  public resetAllowFileSharingModification() {
    this._allowFileSharingModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFileSharingModificationInput() {
    return this._allowFileSharingModification;
  }

  // allow_files_network_drive_access - computed: false, optional: true, required: false
  private _allowFilesNetworkDriveAccess?: boolean | cdktf.IResolvable; 
  public get allowFilesNetworkDriveAccess() {
    return this.getBooleanAttribute('allow_files_network_drive_access');
  }
  public set allowFilesNetworkDriveAccess(value: boolean | cdktf.IResolvable) {
    this._allowFilesNetworkDriveAccess = value;
  }
  public resetAllowFilesNetworkDriveAccess() {
    this._allowFilesNetworkDriveAccess = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFilesNetworkDriveAccessInput() {
    return this._allowFilesNetworkDriveAccess;
  }

  // allow_files_usb_drive_access - computed: false, optional: true, required: false
  private _allowFilesUsbDriveAccess?: boolean | cdktf.IResolvable; 
  public get allowFilesUsbDriveAccess() {
    return this.getBooleanAttribute('allow_files_usb_drive_access');
  }
  public set allowFilesUsbDriveAccess(value: boolean | cdktf.IResolvable) {
    this._allowFilesUsbDriveAccess = value;
  }
  public resetAllowFilesUsbDriveAccess() {
    this._allowFilesUsbDriveAccess = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFilesUsbDriveAccessInput() {
    return this._allowFilesUsbDriveAccess;
  }

  // allow_find_my_device - computed: false, optional: true, required: false
  private _allowFindMyDevice?: boolean | cdktf.IResolvable; 
  public get allowFindMyDevice() {
    return this.getBooleanAttribute('allow_find_my_device');
  }
  public set allowFindMyDevice(value: boolean | cdktf.IResolvable) {
    this._allowFindMyDevice = value;
  }
  public resetAllowFindMyDevice() {
    this._allowFindMyDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFindMyDeviceInput() {
    return this._allowFindMyDevice;
  }

  // allow_find_my_friends - computed: false, optional: true, required: false
  private _allowFindMyFriends?: boolean | cdktf.IResolvable; 
  public get allowFindMyFriends() {
    return this.getBooleanAttribute('allow_find_my_friends');
  }
  public set allowFindMyFriends(value: boolean | cdktf.IResolvable) {
    this._allowFindMyFriends = value;
  }
  public resetAllowFindMyFriends() {
    this._allowFindMyFriends = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFindMyFriendsInput() {
    return this._allowFindMyFriends;
  }

  // allow_find_my_friends_modification - computed: false, optional: true, required: false
  private _allowFindMyFriendsModification?: boolean | cdktf.IResolvable; 
  public get allowFindMyFriendsModification() {
    return this.getBooleanAttribute('allow_find_my_friends_modification');
  }
  public set allowFindMyFriendsModification(value: boolean | cdktf.IResolvable) {
    this._allowFindMyFriendsModification = value;
  }
  public resetAllowFindMyFriendsModification() {
    this._allowFindMyFriendsModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFindMyFriendsModificationInput() {
    return this._allowFindMyFriendsModification;
  }

  // allow_fingerprint_for_unlock - computed: false, optional: true, required: false
  private _allowFingerprintForUnlock?: boolean | cdktf.IResolvable; 
  public get allowFingerprintForUnlock() {
    return this.getBooleanAttribute('allow_fingerprint_for_unlock');
  }
  public set allowFingerprintForUnlock(value: boolean | cdktf.IResolvable) {
    this._allowFingerprintForUnlock = value;
  }
  public resetAllowFingerprintForUnlock() {
    this._allowFingerprintForUnlock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFingerprintForUnlockInput() {
    return this._allowFingerprintForUnlock;
  }

  // allow_fingerprint_modification - computed: false, optional: true, required: false
  private _allowFingerprintModification?: boolean | cdktf.IResolvable; 
  public get allowFingerprintModification() {
    return this.getBooleanAttribute('allow_fingerprint_modification');
  }
  public set allowFingerprintModification(value: boolean | cdktf.IResolvable) {
    this._allowFingerprintModification = value;
  }
  public resetAllowFingerprintModification() {
    this._allowFingerprintModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFingerprintModificationInput() {
    return this._allowFingerprintModification;
  }

  // allow_game_center - computed: false, optional: true, required: false
  private _allowGameCenter?: boolean | cdktf.IResolvable; 
  public get allowGameCenter() {
    return this.getBooleanAttribute('allow_game_center');
  }
  public set allowGameCenter(value: boolean | cdktf.IResolvable) {
    this._allowGameCenter = value;
  }
  public resetAllowGameCenter() {
    this._allowGameCenter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowGameCenterInput() {
    return this._allowGameCenter;
  }

  // allow_genmoji - computed: false, optional: true, required: false
  private _allowGenmoji?: boolean | cdktf.IResolvable; 
  public get allowGenmoji() {
    return this.getBooleanAttribute('allow_genmoji');
  }
  public set allowGenmoji(value: boolean | cdktf.IResolvable) {
    this._allowGenmoji = value;
  }
  public resetAllowGenmoji() {
    this._allowGenmoji = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowGenmojiInput() {
    return this._allowGenmoji;
  }

  // allow_global_background_fetch_when_roaming - computed: false, optional: true, required: false
  private _allowGlobalBackgroundFetchWhenRoaming?: boolean | cdktf.IResolvable; 
  public get allowGlobalBackgroundFetchWhenRoaming() {
    return this.getBooleanAttribute('allow_global_background_fetch_when_roaming');
  }
  public set allowGlobalBackgroundFetchWhenRoaming(value: boolean | cdktf.IResolvable) {
    this._allowGlobalBackgroundFetchWhenRoaming = value;
  }
  public resetAllowGlobalBackgroundFetchWhenRoaming() {
    this._allowGlobalBackgroundFetchWhenRoaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowGlobalBackgroundFetchWhenRoamingInput() {
    return this._allowGlobalBackgroundFetchWhenRoaming;
  }

  // allow_host_pairing - computed: false, optional: true, required: false
  private _allowHostPairing?: boolean | cdktf.IResolvable; 
  public get allowHostPairing() {
    return this.getBooleanAttribute('allow_host_pairing');
  }
  public set allowHostPairing(value: boolean | cdktf.IResolvable) {
    this._allowHostPairing = value;
  }
  public resetAllowHostPairing() {
    this._allowHostPairing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowHostPairingInput() {
    return this._allowHostPairing;
  }

  // allow_image_playground - computed: false, optional: true, required: false
  private _allowImagePlayground?: boolean | cdktf.IResolvable; 
  public get allowImagePlayground() {
    return this.getBooleanAttribute('allow_image_playground');
  }
  public set allowImagePlayground(value: boolean | cdktf.IResolvable) {
    this._allowImagePlayground = value;
  }
  public resetAllowImagePlayground() {
    this._allowImagePlayground = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowImagePlaygroundInput() {
    return this._allowImagePlayground;
  }

  // allow_image_wand - computed: false, optional: true, required: false
  private _allowImageWand?: boolean | cdktf.IResolvable; 
  public get allowImageWand() {
    return this.getBooleanAttribute('allow_image_wand');
  }
  public set allowImageWand(value: boolean | cdktf.IResolvable) {
    this._allowImageWand = value;
  }
  public resetAllowImageWand() {
    this._allowImageWand = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowImageWandInput() {
    return this._allowImageWand;
  }

  // allow_in_app_purchases - computed: false, optional: true, required: false
  private _allowInAppPurchases?: boolean | cdktf.IResolvable; 
  public get allowInAppPurchases() {
    return this.getBooleanAttribute('allow_in_app_purchases');
  }
  public set allowInAppPurchases(value: boolean | cdktf.IResolvable) {
    this._allowInAppPurchases = value;
  }
  public resetAllowInAppPurchases() {
    this._allowInAppPurchases = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowInAppPurchasesInput() {
    return this._allowInAppPurchases;
  }

  // allow_internet_sharing_modification - computed: false, optional: true, required: false
  private _allowInternetSharingModification?: boolean | cdktf.IResolvable; 
  public get allowInternetSharingModification() {
    return this.getBooleanAttribute('allow_internet_sharing_modification');
  }
  public set allowInternetSharingModification(value: boolean | cdktf.IResolvable) {
    this._allowInternetSharingModification = value;
  }
  public resetAllowInternetSharingModification() {
    this._allowInternetSharingModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowInternetSharingModificationInput() {
    return this._allowInternetSharingModification;
  }

  // allow_iphone_mirroring - computed: false, optional: true, required: false
  private _allowIphoneMirroring?: boolean | cdktf.IResolvable; 
  public get allowIphoneMirroring() {
    return this.getBooleanAttribute('allow_iphone_mirroring');
  }
  public set allowIphoneMirroring(value: boolean | cdktf.IResolvable) {
    this._allowIphoneMirroring = value;
  }
  public resetAllowIphoneMirroring() {
    this._allowIphoneMirroring = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowIphoneMirroringInput() {
    return this._allowIphoneMirroring;
  }

  // allow_iphone_widgets_on_mac - computed: false, optional: true, required: false
  private _allowIphoneWidgetsOnMac?: boolean | cdktf.IResolvable; 
  public get allowIphoneWidgetsOnMac() {
    return this.getBooleanAttribute('allow_iphone_widgets_on_mac');
  }
  public set allowIphoneWidgetsOnMac(value: boolean | cdktf.IResolvable) {
    this._allowIphoneWidgetsOnMac = value;
  }
  public resetAllowIphoneWidgetsOnMac() {
    this._allowIphoneWidgetsOnMac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowIphoneWidgetsOnMacInput() {
    return this._allowIphoneWidgetsOnMac;
  }

  // allow_itunes - computed: false, optional: true, required: false
  private _allowItunes?: boolean | cdktf.IResolvable; 
  public get allowItunes() {
    return this.getBooleanAttribute('allow_itunes');
  }
  public set allowItunes(value: boolean | cdktf.IResolvable) {
    this._allowItunes = value;
  }
  public resetAllowItunes() {
    this._allowItunes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowItunesInput() {
    return this._allowItunes;
  }

  // allow_itunes_file_sharing - computed: false, optional: true, required: false
  private _allowItunesFileSharing?: boolean | cdktf.IResolvable; 
  public get allowItunesFileSharing() {
    return this.getBooleanAttribute('allow_itunes_file_sharing');
  }
  public set allowItunesFileSharing(value: boolean | cdktf.IResolvable) {
    this._allowItunesFileSharing = value;
  }
  public resetAllowItunesFileSharing() {
    this._allowItunesFileSharing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowItunesFileSharingInput() {
    return this._allowItunesFileSharing;
  }

  // allow_keyboard_shortcuts - computed: false, optional: true, required: false
  private _allowKeyboardShortcuts?: boolean | cdktf.IResolvable; 
  public get allowKeyboardShortcuts() {
    return this.getBooleanAttribute('allow_keyboard_shortcuts');
  }
  public set allowKeyboardShortcuts(value: boolean | cdktf.IResolvable) {
    this._allowKeyboardShortcuts = value;
  }
  public resetAllowKeyboardShortcuts() {
    this._allowKeyboardShortcuts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowKeyboardShortcutsInput() {
    return this._allowKeyboardShortcuts;
  }

  // allow_listed_app_bundle_ids - computed: false, optional: true, required: false
  private _allowListedAppBundleIds?: string[]; 
  public get allowListedAppBundleIds() {
    return this.getListAttribute('allow_listed_app_bundle_ids');
  }
  public set allowListedAppBundleIds(value: string[]) {
    this._allowListedAppBundleIds = value;
  }
  public resetAllowListedAppBundleIds() {
    this._allowListedAppBundleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowListedAppBundleIdsInput() {
    return this._allowListedAppBundleIds;
  }

  // allow_live_voicemail - computed: false, optional: true, required: false
  private _allowLiveVoicemail?: boolean | cdktf.IResolvable; 
  public get allowLiveVoicemail() {
    return this.getBooleanAttribute('allow_live_voicemail');
  }
  public set allowLiveVoicemail(value: boolean | cdktf.IResolvable) {
    this._allowLiveVoicemail = value;
  }
  public resetAllowLiveVoicemail() {
    this._allowLiveVoicemail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowLiveVoicemailInput() {
    return this._allowLiveVoicemail;
  }

  // allow_local_user_creation - computed: false, optional: true, required: false
  private _allowLocalUserCreation?: boolean | cdktf.IResolvable; 
  public get allowLocalUserCreation() {
    return this.getBooleanAttribute('allow_local_user_creation');
  }
  public set allowLocalUserCreation(value: boolean | cdktf.IResolvable) {
    this._allowLocalUserCreation = value;
  }
  public resetAllowLocalUserCreation() {
    this._allowLocalUserCreation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowLocalUserCreationInput() {
    return this._allowLocalUserCreation;
  }

  // allow_lock_screen_control_center - computed: false, optional: true, required: false
  private _allowLockScreenControlCenter?: boolean | cdktf.IResolvable; 
  public get allowLockScreenControlCenter() {
    return this.getBooleanAttribute('allow_lock_screen_control_center');
  }
  public set allowLockScreenControlCenter(value: boolean | cdktf.IResolvable) {
    this._allowLockScreenControlCenter = value;
  }
  public resetAllowLockScreenControlCenter() {
    this._allowLockScreenControlCenter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowLockScreenControlCenterInput() {
    return this._allowLockScreenControlCenter;
  }

  // allow_lock_screen_notifications_view - computed: false, optional: true, required: false
  private _allowLockScreenNotificationsView?: boolean | cdktf.IResolvable; 
  public get allowLockScreenNotificationsView() {
    return this.getBooleanAttribute('allow_lock_screen_notifications_view');
  }
  public set allowLockScreenNotificationsView(value: boolean | cdktf.IResolvable) {
    this._allowLockScreenNotificationsView = value;
  }
  public resetAllowLockScreenNotificationsView() {
    this._allowLockScreenNotificationsView = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowLockScreenNotificationsViewInput() {
    return this._allowLockScreenNotificationsView;
  }

  // allow_lock_screen_today_view - computed: false, optional: true, required: false
  private _allowLockScreenTodayView?: boolean | cdktf.IResolvable; 
  public get allowLockScreenTodayView() {
    return this.getBooleanAttribute('allow_lock_screen_today_view');
  }
  public set allowLockScreenTodayView(value: boolean | cdktf.IResolvable) {
    this._allowLockScreenTodayView = value;
  }
  public resetAllowLockScreenTodayView() {
    this._allowLockScreenTodayView = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowLockScreenTodayViewInput() {
    return this._allowLockScreenTodayView;
  }

  // allow_mail_privacy_protection - computed: false, optional: true, required: false
  private _allowMailPrivacyProtection?: boolean | cdktf.IResolvable; 
  public get allowMailPrivacyProtection() {
    return this.getBooleanAttribute('allow_mail_privacy_protection');
  }
  public set allowMailPrivacyProtection(value: boolean | cdktf.IResolvable) {
    this._allowMailPrivacyProtection = value;
  }
  public resetAllowMailPrivacyProtection() {
    this._allowMailPrivacyProtection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMailPrivacyProtectionInput() {
    return this._allowMailPrivacyProtection;
  }

  // allow_mail_summary - computed: false, optional: true, required: false
  private _allowMailSummary?: boolean | cdktf.IResolvable; 
  public get allowMailSummary() {
    return this.getBooleanAttribute('allow_mail_summary');
  }
  public set allowMailSummary(value: boolean | cdktf.IResolvable) {
    this._allowMailSummary = value;
  }
  public resetAllowMailSummary() {
    this._allowMailSummary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMailSummaryInput() {
    return this._allowMailSummary;
  }

  // allow_managed_apps_cloud_sync - computed: false, optional: true, required: false
  private _allowManagedAppsCloudSync?: boolean | cdktf.IResolvable; 
  public get allowManagedAppsCloudSync() {
    return this.getBooleanAttribute('allow_managed_apps_cloud_sync');
  }
  public set allowManagedAppsCloudSync(value: boolean | cdktf.IResolvable) {
    this._allowManagedAppsCloudSync = value;
  }
  public resetAllowManagedAppsCloudSync() {
    this._allowManagedAppsCloudSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowManagedAppsCloudSyncInput() {
    return this._allowManagedAppsCloudSync;
  }

  // allow_managed_to_write_unmanaged_contacts - computed: false, optional: true, required: false
  private _allowManagedToWriteUnmanagedContacts?: boolean | cdktf.IResolvable; 
  public get allowManagedToWriteUnmanagedContacts() {
    return this.getBooleanAttribute('allow_managed_to_write_unmanaged_contacts');
  }
  public set allowManagedToWriteUnmanagedContacts(value: boolean | cdktf.IResolvable) {
    this._allowManagedToWriteUnmanagedContacts = value;
  }
  public resetAllowManagedToWriteUnmanagedContacts() {
    this._allowManagedToWriteUnmanagedContacts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowManagedToWriteUnmanagedContactsInput() {
    return this._allowManagedToWriteUnmanagedContacts;
  }

  // allow_marketplace_app_installation - computed: false, optional: true, required: false
  private _allowMarketplaceAppInstallation?: boolean | cdktf.IResolvable; 
  public get allowMarketplaceAppInstallation() {
    return this.getBooleanAttribute('allow_marketplace_app_installation');
  }
  public set allowMarketplaceAppInstallation(value: boolean | cdktf.IResolvable) {
    this._allowMarketplaceAppInstallation = value;
  }
  public resetAllowMarketplaceAppInstallation() {
    this._allowMarketplaceAppInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMarketplaceAppInstallationInput() {
    return this._allowMarketplaceAppInstallation;
  }

  // allow_media_sharing_modification - computed: false, optional: true, required: false
  private _allowMediaSharingModification?: boolean | cdktf.IResolvable; 
  public get allowMediaSharingModification() {
    return this.getBooleanAttribute('allow_media_sharing_modification');
  }
  public set allowMediaSharingModification(value: boolean | cdktf.IResolvable) {
    this._allowMediaSharingModification = value;
  }
  public resetAllowMediaSharingModification() {
    this._allowMediaSharingModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMediaSharingModificationInput() {
    return this._allowMediaSharingModification;
  }

  // allow_multiplayer_gaming - computed: false, optional: true, required: false
  private _allowMultiplayerGaming?: boolean | cdktf.IResolvable; 
  public get allowMultiplayerGaming() {
    return this.getBooleanAttribute('allow_multiplayer_gaming');
  }
  public set allowMultiplayerGaming(value: boolean | cdktf.IResolvable) {
    this._allowMultiplayerGaming = value;
  }
  public resetAllowMultiplayerGaming() {
    this._allowMultiplayerGaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMultiplayerGamingInput() {
    return this._allowMultiplayerGaming;
  }

  // allow_music_service - computed: false, optional: true, required: false
  private _allowMusicService?: boolean | cdktf.IResolvable; 
  public get allowMusicService() {
    return this.getBooleanAttribute('allow_music_service');
  }
  public set allowMusicService(value: boolean | cdktf.IResolvable) {
    this._allowMusicService = value;
  }
  public resetAllowMusicService() {
    this._allowMusicService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMusicServiceInput() {
    return this._allowMusicService;
  }

  // allow_news - computed: false, optional: true, required: false
  private _allowNews?: boolean | cdktf.IResolvable; 
  public get allowNews() {
    return this.getBooleanAttribute('allow_news');
  }
  public set allowNews(value: boolean | cdktf.IResolvable) {
    this._allowNews = value;
  }
  public resetAllowNews() {
    this._allowNews = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowNewsInput() {
    return this._allowNews;
  }

  // allow_nfc - computed: false, optional: true, required: false
  private _allowNfc?: boolean | cdktf.IResolvable; 
  public get allowNfc() {
    return this.getBooleanAttribute('allow_nfc');
  }
  public set allowNfc(value: boolean | cdktf.IResolvable) {
    this._allowNfc = value;
  }
  public resetAllowNfc() {
    this._allowNfc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowNfcInput() {
    return this._allowNfc;
  }

  // allow_notifications_modification - computed: false, optional: true, required: false
  private _allowNotificationsModification?: boolean | cdktf.IResolvable; 
  public get allowNotificationsModification() {
    return this.getBooleanAttribute('allow_notifications_modification');
  }
  public set allowNotificationsModification(value: boolean | cdktf.IResolvable) {
    this._allowNotificationsModification = value;
  }
  public resetAllowNotificationsModification() {
    this._allowNotificationsModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowNotificationsModificationInput() {
    return this._allowNotificationsModification;
  }

  // allow_open_from_managed_to_unmanaged - computed: false, optional: true, required: false
  private _allowOpenFromManagedToUnmanaged?: boolean | cdktf.IResolvable; 
  public get allowOpenFromManagedToUnmanaged() {
    return this.getBooleanAttribute('allow_open_from_managed_to_unmanaged');
  }
  public set allowOpenFromManagedToUnmanaged(value: boolean | cdktf.IResolvable) {
    this._allowOpenFromManagedToUnmanaged = value;
  }
  public resetAllowOpenFromManagedToUnmanaged() {
    this._allowOpenFromManagedToUnmanaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowOpenFromManagedToUnmanagedInput() {
    return this._allowOpenFromManagedToUnmanaged;
  }

  // allow_open_from_unmanaged_to_managed - computed: false, optional: true, required: false
  private _allowOpenFromUnmanagedToManaged?: boolean | cdktf.IResolvable; 
  public get allowOpenFromUnmanagedToManaged() {
    return this.getBooleanAttribute('allow_open_from_unmanaged_to_managed');
  }
  public set allowOpenFromUnmanagedToManaged(value: boolean | cdktf.IResolvable) {
    this._allowOpenFromUnmanagedToManaged = value;
  }
  public resetAllowOpenFromUnmanagedToManaged() {
    this._allowOpenFromUnmanagedToManaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowOpenFromUnmanagedToManagedInput() {
    return this._allowOpenFromUnmanagedToManaged;
  }

  // allow_otapki_updates - computed: false, optional: true, required: false
  private _allowOtapkiUpdates?: boolean | cdktf.IResolvable; 
  public get allowOtapkiUpdates() {
    return this.getBooleanAttribute('allow_otapki_updates');
  }
  public set allowOtapkiUpdates(value: boolean | cdktf.IResolvable) {
    this._allowOtapkiUpdates = value;
  }
  public resetAllowOtapkiUpdates() {
    this._allowOtapkiUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowOtapkiUpdatesInput() {
    return this._allowOtapkiUpdates;
  }

  // allow_paired_watch - computed: false, optional: true, required: false
  private _allowPairedWatch?: boolean | cdktf.IResolvable; 
  public get allowPairedWatch() {
    return this.getBooleanAttribute('allow_paired_watch');
  }
  public set allowPairedWatch(value: boolean | cdktf.IResolvable) {
    this._allowPairedWatch = value;
  }
  public resetAllowPairedWatch() {
    this._allowPairedWatch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPairedWatchInput() {
    return this._allowPairedWatch;
  }

  // allow_passbook_while_locked - computed: false, optional: true, required: false
  private _allowPassbookWhileLocked?: boolean | cdktf.IResolvable; 
  public get allowPassbookWhileLocked() {
    return this.getBooleanAttribute('allow_passbook_while_locked');
  }
  public set allowPassbookWhileLocked(value: boolean | cdktf.IResolvable) {
    this._allowPassbookWhileLocked = value;
  }
  public resetAllowPassbookWhileLocked() {
    this._allowPassbookWhileLocked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPassbookWhileLockedInput() {
    return this._allowPassbookWhileLocked;
  }

  // allow_passcode_modification - computed: false, optional: true, required: false
  private _allowPasscodeModification?: boolean | cdktf.IResolvable; 
  public get allowPasscodeModification() {
    return this.getBooleanAttribute('allow_passcode_modification');
  }
  public set allowPasscodeModification(value: boolean | cdktf.IResolvable) {
    this._allowPasscodeModification = value;
  }
  public resetAllowPasscodeModification() {
    this._allowPasscodeModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPasscodeModificationInput() {
    return this._allowPasscodeModification;
  }

  // allow_password_auto_fill - computed: false, optional: true, required: false
  private _allowPasswordAutoFill?: boolean | cdktf.IResolvable; 
  public get allowPasswordAutoFill() {
    return this.getBooleanAttribute('allow_password_auto_fill');
  }
  public set allowPasswordAutoFill(value: boolean | cdktf.IResolvable) {
    this._allowPasswordAutoFill = value;
  }
  public resetAllowPasswordAutoFill() {
    this._allowPasswordAutoFill = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPasswordAutoFillInput() {
    return this._allowPasswordAutoFill;
  }

  // allow_password_proximity_requests - computed: false, optional: true, required: false
  private _allowPasswordProximityRequests?: boolean | cdktf.IResolvable; 
  public get allowPasswordProximityRequests() {
    return this.getBooleanAttribute('allow_password_proximity_requests');
  }
  public set allowPasswordProximityRequests(value: boolean | cdktf.IResolvable) {
    this._allowPasswordProximityRequests = value;
  }
  public resetAllowPasswordProximityRequests() {
    this._allowPasswordProximityRequests = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPasswordProximityRequestsInput() {
    return this._allowPasswordProximityRequests;
  }

  // allow_password_sharing - computed: false, optional: true, required: false
  private _allowPasswordSharing?: boolean | cdktf.IResolvable; 
  public get allowPasswordSharing() {
    return this.getBooleanAttribute('allow_password_sharing');
  }
  public set allowPasswordSharing(value: boolean | cdktf.IResolvable) {
    this._allowPasswordSharing = value;
  }
  public resetAllowPasswordSharing() {
    this._allowPasswordSharing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPasswordSharingInput() {
    return this._allowPasswordSharing;
  }

  // allow_personal_hotspot_modification - computed: false, optional: true, required: false
  private _allowPersonalHotspotModification?: boolean | cdktf.IResolvable; 
  public get allowPersonalHotspotModification() {
    return this.getBooleanAttribute('allow_personal_hotspot_modification');
  }
  public set allowPersonalHotspotModification(value: boolean | cdktf.IResolvable) {
    this._allowPersonalHotspotModification = value;
  }
  public resetAllowPersonalHotspotModification() {
    this._allowPersonalHotspotModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPersonalHotspotModificationInput() {
    return this._allowPersonalHotspotModification;
  }

  // allow_personalized_handwriting_results - computed: false, optional: true, required: false
  private _allowPersonalizedHandwritingResults?: boolean | cdktf.IResolvable; 
  public get allowPersonalizedHandwritingResults() {
    return this.getBooleanAttribute('allow_personalized_handwriting_results');
  }
  public set allowPersonalizedHandwritingResults(value: boolean | cdktf.IResolvable) {
    this._allowPersonalizedHandwritingResults = value;
  }
  public resetAllowPersonalizedHandwritingResults() {
    this._allowPersonalizedHandwritingResults = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPersonalizedHandwritingResultsInput() {
    return this._allowPersonalizedHandwritingResults;
  }

  // allow_photo_stream - computed: false, optional: true, required: false
  private _allowPhotoStream?: boolean | cdktf.IResolvable; 
  public get allowPhotoStream() {
    return this.getBooleanAttribute('allow_photo_stream');
  }
  public set allowPhotoStream(value: boolean | cdktf.IResolvable) {
    this._allowPhotoStream = value;
  }
  public resetAllowPhotoStream() {
    this._allowPhotoStream = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPhotoStreamInput() {
    return this._allowPhotoStream;
  }

  // allow_podcasts - computed: false, optional: true, required: false
  private _allowPodcasts?: boolean | cdktf.IResolvable; 
  public get allowPodcasts() {
    return this.getBooleanAttribute('allow_podcasts');
  }
  public set allowPodcasts(value: boolean | cdktf.IResolvable) {
    this._allowPodcasts = value;
  }
  public resetAllowPodcasts() {
    this._allowPodcasts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPodcastsInput() {
    return this._allowPodcasts;
  }

  // allow_predictive_keyboard - computed: false, optional: true, required: false
  private _allowPredictiveKeyboard?: boolean | cdktf.IResolvable; 
  public get allowPredictiveKeyboard() {
    return this.getBooleanAttribute('allow_predictive_keyboard');
  }
  public set allowPredictiveKeyboard(value: boolean | cdktf.IResolvable) {
    this._allowPredictiveKeyboard = value;
  }
  public resetAllowPredictiveKeyboard() {
    this._allowPredictiveKeyboard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPredictiveKeyboardInput() {
    return this._allowPredictiveKeyboard;
  }

  // allow_printer_sharing_modification - computed: false, optional: true, required: false
  private _allowPrinterSharingModification?: boolean | cdktf.IResolvable; 
  public get allowPrinterSharingModification() {
    return this.getBooleanAttribute('allow_printer_sharing_modification');
  }
  public set allowPrinterSharingModification(value: boolean | cdktf.IResolvable) {
    this._allowPrinterSharingModification = value;
  }
  public resetAllowPrinterSharingModification() {
    this._allowPrinterSharingModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPrinterSharingModificationInput() {
    return this._allowPrinterSharingModification;
  }

  // allow_proximity_setup_to_new_device - computed: false, optional: true, required: false
  private _allowProximitySetupToNewDevice?: boolean | cdktf.IResolvable; 
  public get allowProximitySetupToNewDevice() {
    return this.getBooleanAttribute('allow_proximity_setup_to_new_device');
  }
  public set allowProximitySetupToNewDevice(value: boolean | cdktf.IResolvable) {
    this._allowProximitySetupToNewDevice = value;
  }
  public resetAllowProximitySetupToNewDevice() {
    this._allowProximitySetupToNewDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowProximitySetupToNewDeviceInput() {
    return this._allowProximitySetupToNewDevice;
  }

  // allow_radio_service - computed: false, optional: true, required: false
  private _allowRadioService?: boolean | cdktf.IResolvable; 
  public get allowRadioService() {
    return this.getBooleanAttribute('allow_radio_service');
  }
  public set allowRadioService(value: boolean | cdktf.IResolvable) {
    this._allowRadioService = value;
  }
  public resetAllowRadioService() {
    this._allowRadioService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRadioServiceInput() {
    return this._allowRadioService;
  }

  // allow_rapid_security_response_installation - computed: false, optional: true, required: false
  private _allowRapidSecurityResponseInstallation?: boolean | cdktf.IResolvable; 
  public get allowRapidSecurityResponseInstallation() {
    return this.getBooleanAttribute('allow_rapid_security_response_installation');
  }
  public set allowRapidSecurityResponseInstallation(value: boolean | cdktf.IResolvable) {
    this._allowRapidSecurityResponseInstallation = value;
  }
  public resetAllowRapidSecurityResponseInstallation() {
    this._allowRapidSecurityResponseInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRapidSecurityResponseInstallationInput() {
    return this._allowRapidSecurityResponseInstallation;
  }

  // allow_rapid_security_response_removal - computed: false, optional: true, required: false
  private _allowRapidSecurityResponseRemoval?: boolean | cdktf.IResolvable; 
  public get allowRapidSecurityResponseRemoval() {
    return this.getBooleanAttribute('allow_rapid_security_response_removal');
  }
  public set allowRapidSecurityResponseRemoval(value: boolean | cdktf.IResolvable) {
    this._allowRapidSecurityResponseRemoval = value;
  }
  public resetAllowRapidSecurityResponseRemoval() {
    this._allowRapidSecurityResponseRemoval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRapidSecurityResponseRemovalInput() {
    return this._allowRapidSecurityResponseRemoval;
  }

  // allow_rcs_messaging - computed: false, optional: true, required: false
  private _allowRcsMessaging?: boolean | cdktf.IResolvable; 
  public get allowRcsMessaging() {
    return this.getBooleanAttribute('allow_rcs_messaging');
  }
  public set allowRcsMessaging(value: boolean | cdktf.IResolvable) {
    this._allowRcsMessaging = value;
  }
  public resetAllowRcsMessaging() {
    this._allowRcsMessaging = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRcsMessagingInput() {
    return this._allowRcsMessaging;
  }

  // allow_remote_app_pairing - computed: false, optional: true, required: false
  private _allowRemoteAppPairing?: boolean | cdktf.IResolvable; 
  public get allowRemoteAppPairing() {
    return this.getBooleanAttribute('allow_remote_app_pairing');
  }
  public set allowRemoteAppPairing(value: boolean | cdktf.IResolvable) {
    this._allowRemoteAppPairing = value;
  }
  public resetAllowRemoteAppPairing() {
    this._allowRemoteAppPairing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRemoteAppPairingInput() {
    return this._allowRemoteAppPairing;
  }

  // allow_remote_apple_events_modification - computed: false, optional: true, required: false
  private _allowRemoteAppleEventsModification?: boolean | cdktf.IResolvable; 
  public get allowRemoteAppleEventsModification() {
    return this.getBooleanAttribute('allow_remote_apple_events_modification');
  }
  public set allowRemoteAppleEventsModification(value: boolean | cdktf.IResolvable) {
    this._allowRemoteAppleEventsModification = value;
  }
  public resetAllowRemoteAppleEventsModification() {
    this._allowRemoteAppleEventsModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRemoteAppleEventsModificationInput() {
    return this._allowRemoteAppleEventsModification;
  }

  // allow_remote_screen_observation - computed: false, optional: true, required: false
  private _allowRemoteScreenObservation?: boolean | cdktf.IResolvable; 
  public get allowRemoteScreenObservation() {
    return this.getBooleanAttribute('allow_remote_screen_observation');
  }
  public set allowRemoteScreenObservation(value: boolean | cdktf.IResolvable) {
    this._allowRemoteScreenObservation = value;
  }
  public resetAllowRemoteScreenObservation() {
    this._allowRemoteScreenObservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRemoteScreenObservationInput() {
    return this._allowRemoteScreenObservation;
  }

  // allow_safari - computed: false, optional: true, required: false
  private _allowSafari?: boolean | cdktf.IResolvable; 
  public get allowSafari() {
    return this.getBooleanAttribute('allow_safari');
  }
  public set allowSafari(value: boolean | cdktf.IResolvable) {
    this._allowSafari = value;
  }
  public resetAllowSafari() {
    this._allowSafari = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSafariInput() {
    return this._allowSafari;
  }

  // allow_screen_shot - computed: false, optional: true, required: false
  private _allowScreenShot?: boolean | cdktf.IResolvable; 
  public get allowScreenShot() {
    return this.getBooleanAttribute('allow_screen_shot');
  }
  public set allowScreenShot(value: boolean | cdktf.IResolvable) {
    this._allowScreenShot = value;
  }
  public resetAllowScreenShot() {
    this._allowScreenShot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowScreenShotInput() {
    return this._allowScreenShot;
  }

  // allow_shared_device_temporary_session - computed: false, optional: true, required: false
  private _allowSharedDeviceTemporarySession?: boolean | cdktf.IResolvable; 
  public get allowSharedDeviceTemporarySession() {
    return this.getBooleanAttribute('allow_shared_device_temporary_session');
  }
  public set allowSharedDeviceTemporarySession(value: boolean | cdktf.IResolvable) {
    this._allowSharedDeviceTemporarySession = value;
  }
  public resetAllowSharedDeviceTemporarySession() {
    this._allowSharedDeviceTemporarySession = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSharedDeviceTemporarySessionInput() {
    return this._allowSharedDeviceTemporarySession;
  }

  // allow_shared_stream - computed: false, optional: true, required: false
  private _allowSharedStream?: boolean | cdktf.IResolvable; 
  public get allowSharedStream() {
    return this.getBooleanAttribute('allow_shared_stream');
  }
  public set allowSharedStream(value: boolean | cdktf.IResolvable) {
    this._allowSharedStream = value;
  }
  public resetAllowSharedStream() {
    this._allowSharedStream = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSharedStreamInput() {
    return this._allowSharedStream;
  }

  // allow_spell_check - computed: false, optional: true, required: false
  private _allowSpellCheck?: boolean | cdktf.IResolvable; 
  public get allowSpellCheck() {
    return this.getBooleanAttribute('allow_spell_check');
  }
  public set allowSpellCheck(value: boolean | cdktf.IResolvable) {
    this._allowSpellCheck = value;
  }
  public resetAllowSpellCheck() {
    this._allowSpellCheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSpellCheckInput() {
    return this._allowSpellCheck;
  }

  // allow_spotlight_internet_results - computed: false, optional: true, required: false
  private _allowSpotlightInternetResults?: boolean | cdktf.IResolvable; 
  public get allowSpotlightInternetResults() {
    return this.getBooleanAttribute('allow_spotlight_internet_results');
  }
  public set allowSpotlightInternetResults(value: boolean | cdktf.IResolvable) {
    this._allowSpotlightInternetResults = value;
  }
  public resetAllowSpotlightInternetResults() {
    this._allowSpotlightInternetResults = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSpotlightInternetResultsInput() {
    return this._allowSpotlightInternetResults;
  }

  // allow_startup_disk_modification - computed: false, optional: true, required: false
  private _allowStartupDiskModification?: boolean | cdktf.IResolvable; 
  public get allowStartupDiskModification() {
    return this.getBooleanAttribute('allow_startup_disk_modification');
  }
  public set allowStartupDiskModification(value: boolean | cdktf.IResolvable) {
    this._allowStartupDiskModification = value;
  }
  public resetAllowStartupDiskModification() {
    this._allowStartupDiskModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowStartupDiskModificationInput() {
    return this._allowStartupDiskModification;
  }

  // allow_system_app_removal - computed: false, optional: true, required: false
  private _allowSystemAppRemoval?: boolean | cdktf.IResolvable; 
  public get allowSystemAppRemoval() {
    return this.getBooleanAttribute('allow_system_app_removal');
  }
  public set allowSystemAppRemoval(value: boolean | cdktf.IResolvable) {
    this._allowSystemAppRemoval = value;
  }
  public resetAllowSystemAppRemoval() {
    this._allowSystemAppRemoval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSystemAppRemovalInput() {
    return this._allowSystemAppRemoval;
  }

  // allow_time_machine_backup - computed: false, optional: true, required: false
  private _allowTimeMachineBackup?: boolean | cdktf.IResolvable; 
  public get allowTimeMachineBackup() {
    return this.getBooleanAttribute('allow_time_machine_backup');
  }
  public set allowTimeMachineBackup(value: boolean | cdktf.IResolvable) {
    this._allowTimeMachineBackup = value;
  }
  public resetAllowTimeMachineBackup() {
    this._allowTimeMachineBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowTimeMachineBackupInput() {
    return this._allowTimeMachineBackup;
  }

  // allow_ui_app_installation - computed: false, optional: true, required: false
  private _allowUiAppInstallation?: boolean | cdktf.IResolvable; 
  public get allowUiAppInstallation() {
    return this.getBooleanAttribute('allow_ui_app_installation');
  }
  public set allowUiAppInstallation(value: boolean | cdktf.IResolvable) {
    this._allowUiAppInstallation = value;
  }
  public resetAllowUiAppInstallation() {
    this._allowUiAppInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUiAppInstallationInput() {
    return this._allowUiAppInstallation;
  }

  // allow_ui_configuration_profile_installation - computed: false, optional: true, required: false
  private _allowUiConfigurationProfileInstallation?: boolean | cdktf.IResolvable; 
  public get allowUiConfigurationProfileInstallation() {
    return this.getBooleanAttribute('allow_ui_configuration_profile_installation');
  }
  public set allowUiConfigurationProfileInstallation(value: boolean | cdktf.IResolvable) {
    this._allowUiConfigurationProfileInstallation = value;
  }
  public resetAllowUiConfigurationProfileInstallation() {
    this._allowUiConfigurationProfileInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUiConfigurationProfileInstallationInput() {
    return this._allowUiConfigurationProfileInstallation;
  }

  // allow_universal_control - computed: false, optional: true, required: false
  private _allowUniversalControl?: boolean | cdktf.IResolvable; 
  public get allowUniversalControl() {
    return this.getBooleanAttribute('allow_universal_control');
  }
  public set allowUniversalControl(value: boolean | cdktf.IResolvable) {
    this._allowUniversalControl = value;
  }
  public resetAllowUniversalControl() {
    this._allowUniversalControl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUniversalControlInput() {
    return this._allowUniversalControl;
  }

  // allow_unmanaged_to_read_managed_contacts - computed: false, optional: true, required: false
  private _allowUnmanagedToReadManagedContacts?: boolean | cdktf.IResolvable; 
  public get allowUnmanagedToReadManagedContacts() {
    return this.getBooleanAttribute('allow_unmanaged_to_read_managed_contacts');
  }
  public set allowUnmanagedToReadManagedContacts(value: boolean | cdktf.IResolvable) {
    this._allowUnmanagedToReadManagedContacts = value;
  }
  public resetAllowUnmanagedToReadManagedContacts() {
    this._allowUnmanagedToReadManagedContacts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUnmanagedToReadManagedContactsInput() {
    return this._allowUnmanagedToReadManagedContacts;
  }

  // allow_unpaired_external_boot_to_recovery - computed: false, optional: true, required: false
  private _allowUnpairedExternalBootToRecovery?: boolean | cdktf.IResolvable; 
  public get allowUnpairedExternalBootToRecovery() {
    return this.getBooleanAttribute('allow_unpaired_external_boot_to_recovery');
  }
  public set allowUnpairedExternalBootToRecovery(value: boolean | cdktf.IResolvable) {
    this._allowUnpairedExternalBootToRecovery = value;
  }
  public resetAllowUnpairedExternalBootToRecovery() {
    this._allowUnpairedExternalBootToRecovery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUnpairedExternalBootToRecoveryInput() {
    return this._allowUnpairedExternalBootToRecovery;
  }

  // allow_untrusted_tls_prompt - computed: false, optional: true, required: false
  private _allowUntrustedTlsPrompt?: boolean | cdktf.IResolvable; 
  public get allowUntrustedTlsPrompt() {
    return this.getBooleanAttribute('allow_untrusted_tls_prompt');
  }
  public set allowUntrustedTlsPrompt(value: boolean | cdktf.IResolvable) {
    this._allowUntrustedTlsPrompt = value;
  }
  public resetAllowUntrustedTlsPrompt() {
    this._allowUntrustedTlsPrompt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUntrustedTlsPromptInput() {
    return this._allowUntrustedTlsPrompt;
  }

  // allow_usb_restricted_mode - computed: false, optional: true, required: false
  private _allowUsbRestrictedMode?: boolean | cdktf.IResolvable; 
  public get allowUsbRestrictedMode() {
    return this.getBooleanAttribute('allow_usb_restricted_mode');
  }
  public set allowUsbRestrictedMode(value: boolean | cdktf.IResolvable) {
    this._allowUsbRestrictedMode = value;
  }
  public resetAllowUsbRestrictedMode() {
    this._allowUsbRestrictedMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUsbRestrictedModeInput() {
    return this._allowUsbRestrictedMode;
  }

  // allow_video_conferencing - computed: false, optional: true, required: false
  private _allowVideoConferencing?: boolean | cdktf.IResolvable; 
  public get allowVideoConferencing() {
    return this.getBooleanAttribute('allow_video_conferencing');
  }
  public set allowVideoConferencing(value: boolean | cdktf.IResolvable) {
    this._allowVideoConferencing = value;
  }
  public resetAllowVideoConferencing() {
    this._allowVideoConferencing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowVideoConferencingInput() {
    return this._allowVideoConferencing;
  }

  // allow_voice_dialing - computed: false, optional: true, required: false
  private _allowVoiceDialing?: boolean | cdktf.IResolvable; 
  public get allowVoiceDialing() {
    return this.getBooleanAttribute('allow_voice_dialing');
  }
  public set allowVoiceDialing(value: boolean | cdktf.IResolvable) {
    this._allowVoiceDialing = value;
  }
  public resetAllowVoiceDialing() {
    this._allowVoiceDialing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowVoiceDialingInput() {
    return this._allowVoiceDialing;
  }

  // allow_vpn_creation - computed: false, optional: true, required: false
  private _allowVpnCreation?: boolean | cdktf.IResolvable; 
  public get allowVpnCreation() {
    return this.getBooleanAttribute('allow_vpn_creation');
  }
  public set allowVpnCreation(value: boolean | cdktf.IResolvable) {
    this._allowVpnCreation = value;
  }
  public resetAllowVpnCreation() {
    this._allowVpnCreation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowVpnCreationInput() {
    return this._allowVpnCreation;
  }

  // allow_wallpaper_modification - computed: false, optional: true, required: false
  private _allowWallpaperModification?: boolean | cdktf.IResolvable; 
  public get allowWallpaperModification() {
    return this.getBooleanAttribute('allow_wallpaper_modification');
  }
  public set allowWallpaperModification(value: boolean | cdktf.IResolvable) {
    this._allowWallpaperModification = value;
  }
  public resetAllowWallpaperModification() {
    this._allowWallpaperModification = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowWallpaperModificationInput() {
    return this._allowWallpaperModification;
  }

  // allow_web_distribution_app_installation - computed: false, optional: true, required: false
  private _allowWebDistributionAppInstallation?: boolean | cdktf.IResolvable; 
  public get allowWebDistributionAppInstallation() {
    return this.getBooleanAttribute('allow_web_distribution_app_installation');
  }
  public set allowWebDistributionAppInstallation(value: boolean | cdktf.IResolvable) {
    this._allowWebDistributionAppInstallation = value;
  }
  public resetAllowWebDistributionAppInstallation() {
    this._allowWebDistributionAppInstallation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowWebDistributionAppInstallationInput() {
    return this._allowWebDistributionAppInstallation;
  }

  // allow_writing_tools - computed: false, optional: true, required: false
  private _allowWritingTools?: boolean | cdktf.IResolvable; 
  public get allowWritingTools() {
    return this.getBooleanAttribute('allow_writing_tools');
  }
  public set allowWritingTools(value: boolean | cdktf.IResolvable) {
    this._allowWritingTools = value;
  }
  public resetAllowWritingTools() {
    this._allowWritingTools = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowWritingToolsInput() {
    return this._allowWritingTools;
  }

  // autonomous_single_app_mode_permitted_app_ids - computed: false, optional: true, required: false
  private _autonomousSingleAppModePermittedAppIds?: string[]; 
  public get autonomousSingleAppModePermittedAppIds() {
    return this.getListAttribute('autonomous_single_app_mode_permitted_app_ids');
  }
  public set autonomousSingleAppModePermittedAppIds(value: string[]) {
    this._autonomousSingleAppModePermittedAppIds = value;
  }
  public resetAutonomousSingleAppModePermittedAppIds() {
    this._autonomousSingleAppModePermittedAppIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autonomousSingleAppModePermittedAppIdsInput() {
    return this._autonomousSingleAppModePermittedAppIds;
  }

  // blacklisted_app_bundle_ids - computed: false, optional: true, required: false
  private _blacklistedAppBundleIds?: string[]; 
  public get blacklistedAppBundleIds() {
    return this.getListAttribute('blacklisted_app_bundle_ids');
  }
  public set blacklistedAppBundleIds(value: string[]) {
    this._blacklistedAppBundleIds = value;
  }
  public resetBlacklistedAppBundleIds() {
    this._blacklistedAppBundleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blacklistedAppBundleIdsInput() {
    return this._blacklistedAppBundleIds;
  }

  // blocked_app_bundle_ids - computed: false, optional: true, required: false
  private _blockedAppBundleIds?: string[]; 
  public get blockedAppBundleIds() {
    return this.getListAttribute('blocked_app_bundle_ids');
  }
  public set blockedAppBundleIds(value: string[]) {
    this._blockedAppBundleIds = value;
  }
  public resetBlockedAppBundleIds() {
    this._blockedAppBundleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blockedAppBundleIdsInput() {
    return this._blockedAppBundleIds;
  }

  // enforced_fingerprint_timeout - computed: false, optional: true, required: false
  private _enforcedFingerprintTimeout?: number; 
  public get enforcedFingerprintTimeout() {
    return this.getNumberAttribute('enforced_fingerprint_timeout');
  }
  public set enforcedFingerprintTimeout(value: number) {
    this._enforcedFingerprintTimeout = value;
  }
  public resetEnforcedFingerprintTimeout() {
    this._enforcedFingerprintTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedFingerprintTimeoutInput() {
    return this._enforcedFingerprintTimeout;
  }

  // enforced_software_update_delay - computed: false, optional: true, required: false
  private _enforcedSoftwareUpdateDelay?: number; 
  public get enforcedSoftwareUpdateDelay() {
    return this.getNumberAttribute('enforced_software_update_delay');
  }
  public set enforcedSoftwareUpdateDelay(value: number) {
    this._enforcedSoftwareUpdateDelay = value;
  }
  public resetEnforcedSoftwareUpdateDelay() {
    this._enforcedSoftwareUpdateDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedSoftwareUpdateDelayInput() {
    return this._enforcedSoftwareUpdateDelay;
  }

  // enforced_software_update_major_os_deferred_install_delay - computed: false, optional: true, required: false
  private _enforcedSoftwareUpdateMajorOsDeferredInstallDelay?: number; 
  public get enforcedSoftwareUpdateMajorOsDeferredInstallDelay() {
    return this.getNumberAttribute('enforced_software_update_major_os_deferred_install_delay');
  }
  public set enforcedSoftwareUpdateMajorOsDeferredInstallDelay(value: number) {
    this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay = value;
  }
  public resetEnforcedSoftwareUpdateMajorOsDeferredInstallDelay() {
    this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedSoftwareUpdateMajorOsDeferredInstallDelayInput() {
    return this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay;
  }

  // enforced_software_update_minor_os_deferred_install_delay - computed: false, optional: true, required: false
  private _enforcedSoftwareUpdateMinorOsDeferredInstallDelay?: number; 
  public get enforcedSoftwareUpdateMinorOsDeferredInstallDelay() {
    return this.getNumberAttribute('enforced_software_update_minor_os_deferred_install_delay');
  }
  public set enforcedSoftwareUpdateMinorOsDeferredInstallDelay(value: number) {
    this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay = value;
  }
  public resetEnforcedSoftwareUpdateMinorOsDeferredInstallDelay() {
    this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedSoftwareUpdateMinorOsDeferredInstallDelayInput() {
    return this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay;
  }

  // enforced_software_update_non_os_deferred_install_delay - computed: false, optional: true, required: false
  private _enforcedSoftwareUpdateNonOsDeferredInstallDelay?: number; 
  public get enforcedSoftwareUpdateNonOsDeferredInstallDelay() {
    return this.getNumberAttribute('enforced_software_update_non_os_deferred_install_delay');
  }
  public set enforcedSoftwareUpdateNonOsDeferredInstallDelay(value: number) {
    this._enforcedSoftwareUpdateNonOsDeferredInstallDelay = value;
  }
  public resetEnforcedSoftwareUpdateNonOsDeferredInstallDelay() {
    this._enforcedSoftwareUpdateNonOsDeferredInstallDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedSoftwareUpdateNonOsDeferredInstallDelayInput() {
    return this._enforcedSoftwareUpdateNonOsDeferredInstallDelay;
  }

  // extra - computed: false, optional: true, required: false
  private _extra?: string; 
  public get extra() {
    return this.getStringAttribute('extra');
  }
  public set extra(value: string) {
    this._extra = value;
  }
  public resetExtra() {
    this._extra = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraInput() {
    return this._extra;
  }

  // force_air_drop_unmanaged - computed: false, optional: true, required: false
  private _forceAirDropUnmanaged?: boolean | cdktf.IResolvable; 
  public get forceAirDropUnmanaged() {
    return this.getBooleanAttribute('force_air_drop_unmanaged');
  }
  public set forceAirDropUnmanaged(value: boolean | cdktf.IResolvable) {
    this._forceAirDropUnmanaged = value;
  }
  public resetForceAirDropUnmanaged() {
    this._forceAirDropUnmanaged = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAirDropUnmanagedInput() {
    return this._forceAirDropUnmanaged;
  }

  // force_air_play_incoming_requests_pairing_password - computed: false, optional: true, required: false
  private _forceAirPlayIncomingRequestsPairingPassword?: boolean | cdktf.IResolvable; 
  public get forceAirPlayIncomingRequestsPairingPassword() {
    return this.getBooleanAttribute('force_air_play_incoming_requests_pairing_password');
  }
  public set forceAirPlayIncomingRequestsPairingPassword(value: boolean | cdktf.IResolvable) {
    this._forceAirPlayIncomingRequestsPairingPassword = value;
  }
  public resetForceAirPlayIncomingRequestsPairingPassword() {
    this._forceAirPlayIncomingRequestsPairingPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAirPlayIncomingRequestsPairingPasswordInput() {
    return this._forceAirPlayIncomingRequestsPairingPassword;
  }

  // force_air_play_outgoing_requests_pairing_password - computed: false, optional: true, required: false
  private _forceAirPlayOutgoingRequestsPairingPassword?: boolean | cdktf.IResolvable; 
  public get forceAirPlayOutgoingRequestsPairingPassword() {
    return this.getBooleanAttribute('force_air_play_outgoing_requests_pairing_password');
  }
  public set forceAirPlayOutgoingRequestsPairingPassword(value: boolean | cdktf.IResolvable) {
    this._forceAirPlayOutgoingRequestsPairingPassword = value;
  }
  public resetForceAirPlayOutgoingRequestsPairingPassword() {
    this._forceAirPlayOutgoingRequestsPairingPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAirPlayOutgoingRequestsPairingPasswordInput() {
    return this._forceAirPlayOutgoingRequestsPairingPassword;
  }

  // force_air_print_trusted_tls_requirement - computed: false, optional: true, required: false
  private _forceAirPrintTrustedTlsRequirement?: boolean | cdktf.IResolvable; 
  public get forceAirPrintTrustedTlsRequirement() {
    return this.getBooleanAttribute('force_air_print_trusted_tls_requirement');
  }
  public set forceAirPrintTrustedTlsRequirement(value: boolean | cdktf.IResolvable) {
    this._forceAirPrintTrustedTlsRequirement = value;
  }
  public resetForceAirPrintTrustedTlsRequirement() {
    this._forceAirPrintTrustedTlsRequirement = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAirPrintTrustedTlsRequirementInput() {
    return this._forceAirPrintTrustedTlsRequirement;
  }

  // force_assistant_profanity_filter - computed: false, optional: true, required: false
  private _forceAssistantProfanityFilter?: boolean | cdktf.IResolvable; 
  public get forceAssistantProfanityFilter() {
    return this.getBooleanAttribute('force_assistant_profanity_filter');
  }
  public set forceAssistantProfanityFilter(value: boolean | cdktf.IResolvable) {
    this._forceAssistantProfanityFilter = value;
  }
  public resetForceAssistantProfanityFilter() {
    this._forceAssistantProfanityFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAssistantProfanityFilterInput() {
    return this._forceAssistantProfanityFilter;
  }

  // force_authentication_before_auto_fill - computed: false, optional: true, required: false
  private _forceAuthenticationBeforeAutoFill?: boolean | cdktf.IResolvable; 
  public get forceAuthenticationBeforeAutoFill() {
    return this.getBooleanAttribute('force_authentication_before_auto_fill');
  }
  public set forceAuthenticationBeforeAutoFill(value: boolean | cdktf.IResolvable) {
    this._forceAuthenticationBeforeAutoFill = value;
  }
  public resetForceAuthenticationBeforeAutoFill() {
    this._forceAuthenticationBeforeAutoFill = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAuthenticationBeforeAutoFillInput() {
    return this._forceAuthenticationBeforeAutoFill;
  }

  // force_automatic_date_and_time - computed: false, optional: true, required: false
  private _forceAutomaticDateAndTime?: boolean | cdktf.IResolvable; 
  public get forceAutomaticDateAndTime() {
    return this.getBooleanAttribute('force_automatic_date_and_time');
  }
  public set forceAutomaticDateAndTime(value: boolean | cdktf.IResolvable) {
    this._forceAutomaticDateAndTime = value;
  }
  public resetForceAutomaticDateAndTime() {
    this._forceAutomaticDateAndTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceAutomaticDateAndTimeInput() {
    return this._forceAutomaticDateAndTime;
  }

  // force_bypass_screen_capture_alert - computed: false, optional: true, required: false
  private _forceBypassScreenCaptureAlert?: boolean | cdktf.IResolvable; 
  public get forceBypassScreenCaptureAlert() {
    return this.getBooleanAttribute('force_bypass_screen_capture_alert');
  }
  public set forceBypassScreenCaptureAlert(value: boolean | cdktf.IResolvable) {
    this._forceBypassScreenCaptureAlert = value;
  }
  public resetForceBypassScreenCaptureAlert() {
    this._forceBypassScreenCaptureAlert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceBypassScreenCaptureAlertInput() {
    return this._forceBypassScreenCaptureAlert;
  }

  // force_classroom_automatically_join_classes - computed: false, optional: true, required: false
  private _forceClassroomAutomaticallyJoinClasses?: boolean | cdktf.IResolvable; 
  public get forceClassroomAutomaticallyJoinClasses() {
    return this.getBooleanAttribute('force_classroom_automatically_join_classes');
  }
  public set forceClassroomAutomaticallyJoinClasses(value: boolean | cdktf.IResolvable) {
    this._forceClassroomAutomaticallyJoinClasses = value;
  }
  public resetForceClassroomAutomaticallyJoinClasses() {
    this._forceClassroomAutomaticallyJoinClasses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceClassroomAutomaticallyJoinClassesInput() {
    return this._forceClassroomAutomaticallyJoinClasses;
  }

  // force_classroom_request_permission_to_leave_classes - computed: false, optional: true, required: false
  private _forceClassroomRequestPermissionToLeaveClasses?: boolean | cdktf.IResolvable; 
  public get forceClassroomRequestPermissionToLeaveClasses() {
    return this.getBooleanAttribute('force_classroom_request_permission_to_leave_classes');
  }
  public set forceClassroomRequestPermissionToLeaveClasses(value: boolean | cdktf.IResolvable) {
    this._forceClassroomRequestPermissionToLeaveClasses = value;
  }
  public resetForceClassroomRequestPermissionToLeaveClasses() {
    this._forceClassroomRequestPermissionToLeaveClasses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceClassroomRequestPermissionToLeaveClassesInput() {
    return this._forceClassroomRequestPermissionToLeaveClasses;
  }

  // force_classroom_unprompted_app_and_device_lock - computed: false, optional: true, required: false
  private _forceClassroomUnpromptedAppAndDeviceLock?: boolean | cdktf.IResolvable; 
  public get forceClassroomUnpromptedAppAndDeviceLock() {
    return this.getBooleanAttribute('force_classroom_unprompted_app_and_device_lock');
  }
  public set forceClassroomUnpromptedAppAndDeviceLock(value: boolean | cdktf.IResolvable) {
    this._forceClassroomUnpromptedAppAndDeviceLock = value;
  }
  public resetForceClassroomUnpromptedAppAndDeviceLock() {
    this._forceClassroomUnpromptedAppAndDeviceLock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceClassroomUnpromptedAppAndDeviceLockInput() {
    return this._forceClassroomUnpromptedAppAndDeviceLock;
  }

  // force_classroom_unprompted_screen_observation - computed: false, optional: true, required: false
  private _forceClassroomUnpromptedScreenObservation?: boolean | cdktf.IResolvable; 
  public get forceClassroomUnpromptedScreenObservation() {
    return this.getBooleanAttribute('force_classroom_unprompted_screen_observation');
  }
  public set forceClassroomUnpromptedScreenObservation(value: boolean | cdktf.IResolvable) {
    this._forceClassroomUnpromptedScreenObservation = value;
  }
  public resetForceClassroomUnpromptedScreenObservation() {
    this._forceClassroomUnpromptedScreenObservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceClassroomUnpromptedScreenObservationInput() {
    return this._forceClassroomUnpromptedScreenObservation;
  }

  // force_delayed_app_software_updates - computed: false, optional: true, required: false
  private _forceDelayedAppSoftwareUpdates?: boolean | cdktf.IResolvable; 
  public get forceDelayedAppSoftwareUpdates() {
    return this.getBooleanAttribute('force_delayed_app_software_updates');
  }
  public set forceDelayedAppSoftwareUpdates(value: boolean | cdktf.IResolvable) {
    this._forceDelayedAppSoftwareUpdates = value;
  }
  public resetForceDelayedAppSoftwareUpdates() {
    this._forceDelayedAppSoftwareUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDelayedAppSoftwareUpdatesInput() {
    return this._forceDelayedAppSoftwareUpdates;
  }

  // force_delayed_major_software_updates - computed: false, optional: true, required: false
  private _forceDelayedMajorSoftwareUpdates?: boolean | cdktf.IResolvable; 
  public get forceDelayedMajorSoftwareUpdates() {
    return this.getBooleanAttribute('force_delayed_major_software_updates');
  }
  public set forceDelayedMajorSoftwareUpdates(value: boolean | cdktf.IResolvable) {
    this._forceDelayedMajorSoftwareUpdates = value;
  }
  public resetForceDelayedMajorSoftwareUpdates() {
    this._forceDelayedMajorSoftwareUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDelayedMajorSoftwareUpdatesInput() {
    return this._forceDelayedMajorSoftwareUpdates;
  }

  // force_delayed_software_updates - computed: false, optional: true, required: false
  private _forceDelayedSoftwareUpdates?: boolean | cdktf.IResolvable; 
  public get forceDelayedSoftwareUpdates() {
    return this.getBooleanAttribute('force_delayed_software_updates');
  }
  public set forceDelayedSoftwareUpdates(value: boolean | cdktf.IResolvable) {
    this._forceDelayedSoftwareUpdates = value;
  }
  public resetForceDelayedSoftwareUpdates() {
    this._forceDelayedSoftwareUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDelayedSoftwareUpdatesInput() {
    return this._forceDelayedSoftwareUpdates;
  }

  // force_encrypted_backup - computed: false, optional: true, required: false
  private _forceEncryptedBackup?: boolean | cdktf.IResolvable; 
  public get forceEncryptedBackup() {
    return this.getBooleanAttribute('force_encrypted_backup');
  }
  public set forceEncryptedBackup(value: boolean | cdktf.IResolvable) {
    this._forceEncryptedBackup = value;
  }
  public resetForceEncryptedBackup() {
    this._forceEncryptedBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceEncryptedBackupInput() {
    return this._forceEncryptedBackup;
  }

  // force_itunes_store_password_entry - computed: false, optional: true, required: false
  private _forceItunesStorePasswordEntry?: boolean | cdktf.IResolvable; 
  public get forceItunesStorePasswordEntry() {
    return this.getBooleanAttribute('force_itunes_store_password_entry');
  }
  public set forceItunesStorePasswordEntry(value: boolean | cdktf.IResolvable) {
    this._forceItunesStorePasswordEntry = value;
  }
  public resetForceItunesStorePasswordEntry() {
    this._forceItunesStorePasswordEntry = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceItunesStorePasswordEntryInput() {
    return this._forceItunesStorePasswordEntry;
  }

  // force_limit_ad_tracking - computed: false, optional: true, required: false
  private _forceLimitAdTracking?: boolean | cdktf.IResolvable; 
  public get forceLimitAdTracking() {
    return this.getBooleanAttribute('force_limit_ad_tracking');
  }
  public set forceLimitAdTracking(value: boolean | cdktf.IResolvable) {
    this._forceLimitAdTracking = value;
  }
  public resetForceLimitAdTracking() {
    this._forceLimitAdTracking = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceLimitAdTrackingInput() {
    return this._forceLimitAdTracking;
  }

  // force_on_device_only_dictation - computed: false, optional: true, required: false
  private _forceOnDeviceOnlyDictation?: boolean | cdktf.IResolvable; 
  public get forceOnDeviceOnlyDictation() {
    return this.getBooleanAttribute('force_on_device_only_dictation');
  }
  public set forceOnDeviceOnlyDictation(value: boolean | cdktf.IResolvable) {
    this._forceOnDeviceOnlyDictation = value;
  }
  public resetForceOnDeviceOnlyDictation() {
    this._forceOnDeviceOnlyDictation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceOnDeviceOnlyDictationInput() {
    return this._forceOnDeviceOnlyDictation;
  }

  // force_on_device_only_translation - computed: false, optional: true, required: false
  private _forceOnDeviceOnlyTranslation?: boolean | cdktf.IResolvable; 
  public get forceOnDeviceOnlyTranslation() {
    return this.getBooleanAttribute('force_on_device_only_translation');
  }
  public set forceOnDeviceOnlyTranslation(value: boolean | cdktf.IResolvable) {
    this._forceOnDeviceOnlyTranslation = value;
  }
  public resetForceOnDeviceOnlyTranslation() {
    this._forceOnDeviceOnlyTranslation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceOnDeviceOnlyTranslationInput() {
    return this._forceOnDeviceOnlyTranslation;
  }

  // force_preserve_esim_on_erase - computed: false, optional: true, required: false
  private _forcePreserveEsimOnErase?: boolean | cdktf.IResolvable; 
  public get forcePreserveEsimOnErase() {
    return this.getBooleanAttribute('force_preserve_esim_on_erase');
  }
  public set forcePreserveEsimOnErase(value: boolean | cdktf.IResolvable) {
    this._forcePreserveEsimOnErase = value;
  }
  public resetForcePreserveEsimOnErase() {
    this._forcePreserveEsimOnErase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forcePreserveEsimOnEraseInput() {
    return this._forcePreserveEsimOnErase;
  }

  // force_watch_wrist_detection - computed: false, optional: true, required: false
  private _forceWatchWristDetection?: boolean | cdktf.IResolvable; 
  public get forceWatchWristDetection() {
    return this.getBooleanAttribute('force_watch_wrist_detection');
  }
  public set forceWatchWristDetection(value: boolean | cdktf.IResolvable) {
    this._forceWatchWristDetection = value;
  }
  public resetForceWatchWristDetection() {
    this._forceWatchWristDetection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceWatchWristDetectionInput() {
    return this._forceWatchWristDetection;
  }

  // force_wi_fi_power_on - computed: false, optional: true, required: false
  private _forceWiFiPowerOn?: boolean | cdktf.IResolvable; 
  public get forceWiFiPowerOn() {
    return this.getBooleanAttribute('force_wi_fi_power_on');
  }
  public set forceWiFiPowerOn(value: boolean | cdktf.IResolvable) {
    this._forceWiFiPowerOn = value;
  }
  public resetForceWiFiPowerOn() {
    this._forceWiFiPowerOn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceWiFiPowerOnInput() {
    return this._forceWiFiPowerOn;
  }

  // force_wi_fi_to_allowed_networks_only - computed: false, optional: true, required: false
  private _forceWiFiToAllowedNetworksOnly?: boolean | cdktf.IResolvable; 
  public get forceWiFiToAllowedNetworksOnly() {
    return this.getBooleanAttribute('force_wi_fi_to_allowed_networks_only');
  }
  public set forceWiFiToAllowedNetworksOnly(value: boolean | cdktf.IResolvable) {
    this._forceWiFiToAllowedNetworksOnly = value;
  }
  public resetForceWiFiToAllowedNetworksOnly() {
    this._forceWiFiToAllowedNetworksOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceWiFiToAllowedNetworksOnlyInput() {
    return this._forceWiFiToAllowedNetworksOnly;
  }

  // force_wi_fi_whitelisting - computed: false, optional: true, required: false
  private _forceWiFiWhitelisting?: boolean | cdktf.IResolvable; 
  public get forceWiFiWhitelisting() {
    return this.getBooleanAttribute('force_wi_fi_whitelisting');
  }
  public set forceWiFiWhitelisting(value: boolean | cdktf.IResolvable) {
    this._forceWiFiWhitelisting = value;
  }
  public resetForceWiFiWhitelisting() {
    this._forceWiFiWhitelisting = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceWiFiWhitelistingInput() {
    return this._forceWiFiWhitelisting;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // identifier - computed: false, optional: true, required: false
  private _identifier?: string; 
  public get identifier() {
    return this.getStringAttribute('identifier');
  }
  public set identifier(value: string) {
    this._identifier = value;
  }
  public resetIdentifier() {
    this._identifier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierInput() {
    return this._identifier;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rating_apps - computed: false, optional: true, required: false
  private _ratingApps?: number; 
  public get ratingApps() {
    return this.getNumberAttribute('rating_apps');
  }
  public set ratingApps(value: number) {
    this._ratingApps = value;
  }
  public resetRatingApps() {
    this._ratingApps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratingAppsInput() {
    return this._ratingApps;
  }

  // rating_movies - computed: false, optional: true, required: false
  private _ratingMovies?: number; 
  public get ratingMovies() {
    return this.getNumberAttribute('rating_movies');
  }
  public set ratingMovies(value: number) {
    this._ratingMovies = value;
  }
  public resetRatingMovies() {
    this._ratingMovies = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratingMoviesInput() {
    return this._ratingMovies;
  }

  // rating_region - computed: false, optional: true, required: false
  private _ratingRegion?: string; 
  public get ratingRegion() {
    return this.getStringAttribute('rating_region');
  }
  public set ratingRegion(value: string) {
    this._ratingRegion = value;
  }
  public resetRatingRegion() {
    this._ratingRegion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratingRegionInput() {
    return this._ratingRegion;
  }

  // rating_tv_shows - computed: false, optional: true, required: false
  private _ratingTvShows?: number; 
  public get ratingTvShows() {
    return this.getNumberAttribute('rating_tv_shows');
  }
  public set ratingTvShows(value: number) {
    this._ratingTvShows = value;
  }
  public resetRatingTvShows() {
    this._ratingTvShows = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratingTvShowsInput() {
    return this._ratingTvShows;
  }

  // require_managed_pasteboard - computed: false, optional: true, required: false
  private _requireManagedPasteboard?: boolean | cdktf.IResolvable; 
  public get requireManagedPasteboard() {
    return this.getBooleanAttribute('require_managed_pasteboard');
  }
  public set requireManagedPasteboard(value: boolean | cdktf.IResolvable) {
    this._requireManagedPasteboard = value;
  }
  public resetRequireManagedPasteboard() {
    this._requireManagedPasteboard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireManagedPasteboardInput() {
    return this._requireManagedPasteboard;
  }

  // safari_accept_cookies - computed: false, optional: true, required: false
  private _safariAcceptCookies?: number; 
  public get safariAcceptCookies() {
    return this.getNumberAttribute('safari_accept_cookies');
  }
  public set safariAcceptCookies(value: number) {
    this._safariAcceptCookies = value;
  }
  public resetSafariAcceptCookies() {
    this._safariAcceptCookies = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get safariAcceptCookiesInput() {
    return this._safariAcceptCookies;
  }

  // safari_allow_auto_fill - computed: false, optional: true, required: false
  private _safariAllowAutoFill?: boolean | cdktf.IResolvable; 
  public get safariAllowAutoFill() {
    return this.getBooleanAttribute('safari_allow_auto_fill');
  }
  public set safariAllowAutoFill(value: boolean | cdktf.IResolvable) {
    this._safariAllowAutoFill = value;
  }
  public resetSafariAllowAutoFill() {
    this._safariAllowAutoFill = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get safariAllowAutoFillInput() {
    return this._safariAllowAutoFill;
  }

  // safari_allow_java_script - computed: false, optional: true, required: false
  private _safariAllowJavaScript?: boolean | cdktf.IResolvable; 
  public get safariAllowJavaScript() {
    return this.getBooleanAttribute('safari_allow_java_script');
  }
  public set safariAllowJavaScript(value: boolean | cdktf.IResolvable) {
    this._safariAllowJavaScript = value;
  }
  public resetSafariAllowJavaScript() {
    this._safariAllowJavaScript = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get safariAllowJavaScriptInput() {
    return this._safariAllowJavaScript;
  }

  // safari_allow_popups - computed: false, optional: true, required: false
  private _safariAllowPopups?: boolean | cdktf.IResolvable; 
  public get safariAllowPopups() {
    return this.getBooleanAttribute('safari_allow_popups');
  }
  public set safariAllowPopups(value: boolean | cdktf.IResolvable) {
    this._safariAllowPopups = value;
  }
  public resetSafariAllowPopups() {
    this._safariAllowPopups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get safariAllowPopupsInput() {
    return this._safariAllowPopups;
  }

  // safari_force_fraud_warning - computed: false, optional: true, required: false
  private _safariForceFraudWarning?: boolean | cdktf.IResolvable; 
  public get safariForceFraudWarning() {
    return this.getBooleanAttribute('safari_force_fraud_warning');
  }
  public set safariForceFraudWarning(value: boolean | cdktf.IResolvable) {
    this._safariForceFraudWarning = value;
  }
  public resetSafariForceFraudWarning() {
    this._safariForceFraudWarning = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get safariForceFraudWarningInput() {
    return this._safariForceFraudWarning;
  }

  // whitelisted_app_bundle_ids - computed: false, optional: true, required: false
  private _whitelistedAppBundleIds?: string[]; 
  public get whitelistedAppBundleIds() {
    return this.getListAttribute('whitelisted_app_bundle_ids');
  }
  public set whitelistedAppBundleIds(value: string[]) {
    this._whitelistedAppBundleIds = value;
  }
  public resetWhitelistedAppBundleIds() {
    this._whitelistedAppBundleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whitelistedAppBundleIdsInput() {
    return this._whitelistedAppBundleIds;
  }

  // icloud - computed: false, optional: true, required: false
  private _icloud = new RestrictionsIcloudOutputReference(this, "icloud");
  public get icloud() {
    return this._icloud;
  }
  public putIcloud(value: RestrictionsIcloud) {
    this._icloud.internalValue = value;
  }
  public resetIcloud() {
    this._icloud.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icloudInput() {
    return this._icloud.internalValue;
  }

  // open_in - computed: false, optional: true, required: false
  private _openIn = new RestrictionsOpenInOutputReference(this, "open_in");
  public get openIn() {
    return this._openIn;
  }
  public putOpenIn(value: RestrictionsOpenIn) {
    this._openIn.internalValue = value;
  }
  public resetOpenIn() {
    this._openIn.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get openInInput() {
    return this._openIn.internalValue;
  }

  // scope - computed: false, optional: false, required: true
  private _scope = new RestrictionsScopeOutputReference(this, "scope");
  public get scope() {
    return this._scope;
  }
  public putScope(value: RestrictionsScope) {
    this._scope.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktf.booleanToTerraform(this._adopt),
      allow_account_modification: cdktf.booleanToTerraform(this._allowAccountModification),
      allow_activity_continuation: cdktf.booleanToTerraform(this._allowActivityContinuation),
      allow_adding_game_center_friends: cdktf.booleanToTerraform(this._allowAddingGameCenterFriends),
      allow_air_drop: cdktf.booleanToTerraform(this._allowAirDrop),
      allow_air_play_incoming_requests: cdktf.booleanToTerraform(this._allowAirPlayIncomingRequests),
      allow_air_print: cdktf.booleanToTerraform(this._allowAirPrint),
      allow_air_print_credentials_storage: cdktf.booleanToTerraform(this._allowAirPrintCredentialsStorage),
      allow_air_print_ibeacon_discovery: cdktf.booleanToTerraform(this._allowAirPrintIbeaconDiscovery),
      allow_app_cellular_data_modification: cdktf.booleanToTerraform(this._allowAppCellularDataModification),
      allow_app_clips: cdktf.booleanToTerraform(this._allowAppClips),
      allow_app_installation: cdktf.booleanToTerraform(this._allowAppInstallation),
      allow_app_removal: cdktf.booleanToTerraform(this._allowAppRemoval),
      allow_apple_personalized_advertising: cdktf.booleanToTerraform(this._allowApplePersonalizedAdvertising),
      allow_apps_to_be_hidden: cdktf.booleanToTerraform(this._allowAppsToBeHidden),
      allow_apps_to_be_locked: cdktf.booleanToTerraform(this._allowAppsToBeLocked),
      allow_ard_remote_management_modification: cdktf.booleanToTerraform(this._allowArdRemoteManagementModification),
      allow_assistant: cdktf.booleanToTerraform(this._allowAssistant),
      allow_assistant_user_generated_content: cdktf.booleanToTerraform(this._allowAssistantUserGeneratedContent),
      allow_assistant_while_locked: cdktf.booleanToTerraform(this._allowAssistantWhileLocked),
      allow_auto_correction: cdktf.booleanToTerraform(this._allowAutoCorrection),
      allow_auto_dim: cdktf.booleanToTerraform(this._allowAutoDim),
      allow_auto_unlock: cdktf.booleanToTerraform(this._allowAutoUnlock),
      allow_automatic_app_downloads: cdktf.booleanToTerraform(this._allowAutomaticAppDownloads),
      allow_automatic_screen_saver: cdktf.booleanToTerraform(this._allowAutomaticScreenSaver),
      allow_bluetooth_modification: cdktf.booleanToTerraform(this._allowBluetoothModification),
      allow_bluetooth_sharing_modification: cdktf.booleanToTerraform(this._allowBluetoothSharingModification),
      allow_bookstore: cdktf.booleanToTerraform(this._allowBookstore),
      allow_bookstore_erotica: cdktf.booleanToTerraform(this._allowBookstoreErotica),
      allow_call_recording: cdktf.booleanToTerraform(this._allowCallRecording),
      allow_camera: cdktf.booleanToTerraform(this._allowCamera),
      allow_cellular_plan_modification: cdktf.booleanToTerraform(this._allowCellularPlanModification),
      allow_chat: cdktf.booleanToTerraform(this._allowChat),
      allow_cloud_address_book: cdktf.booleanToTerraform(this._allowCloudAddressBook),
      allow_cloud_backup: cdktf.booleanToTerraform(this._allowCloudBackup),
      allow_cloud_bookmarks: cdktf.booleanToTerraform(this._allowCloudBookmarks),
      allow_cloud_calendar: cdktf.booleanToTerraform(this._allowCloudCalendar),
      allow_cloud_desktop_and_documents: cdktf.booleanToTerraform(this._allowCloudDesktopAndDocuments),
      allow_cloud_document_sync: cdktf.booleanToTerraform(this._allowCloudDocumentSync),
      allow_cloud_freeform: cdktf.booleanToTerraform(this._allowCloudFreeform),
      allow_cloud_keychain_sync: cdktf.booleanToTerraform(this._allowCloudKeychainSync),
      allow_cloud_mail: cdktf.booleanToTerraform(this._allowCloudMail),
      allow_cloud_notes: cdktf.booleanToTerraform(this._allowCloudNotes),
      allow_cloud_photo_library: cdktf.booleanToTerraform(this._allowCloudPhotoLibrary),
      allow_cloud_private_relay: cdktf.booleanToTerraform(this._allowCloudPrivateRelay),
      allow_cloud_reminders: cdktf.booleanToTerraform(this._allowCloudReminders),
      allow_content_caching: cdktf.booleanToTerraform(this._allowContentCaching),
      allow_continuous_path_keyboard: cdktf.booleanToTerraform(this._allowContinuousPathKeyboard),
      allow_definition_lookup: cdktf.booleanToTerraform(this._allowDefinitionLookup),
      allow_device_name_modification: cdktf.booleanToTerraform(this._allowDeviceNameModification),
      allow_device_sleep: cdktf.booleanToTerraform(this._allowDeviceSleep),
      allow_diagnostic_submission: cdktf.booleanToTerraform(this._allowDiagnosticSubmission),
      allow_diagnostic_submission_modification: cdktf.booleanToTerraform(this._allowDiagnosticSubmissionModification),
      allow_dictation: cdktf.booleanToTerraform(this._allowDictation),
      allow_enabling_restrictions: cdktf.booleanToTerraform(this._allowEnablingRestrictions),
      allow_enterprise_app_trust: cdktf.booleanToTerraform(this._allowEnterpriseAppTrust),
      allow_enterprise_book_backup: cdktf.booleanToTerraform(this._allowEnterpriseBookBackup),
      allow_enterprise_book_metadata_sync: cdktf.booleanToTerraform(this._allowEnterpriseBookMetadataSync),
      allow_erase_content_and_settings: cdktf.booleanToTerraform(this._allowEraseContentAndSettings),
      allow_esim_modification: cdktf.booleanToTerraform(this._allowEsimModification),
      allow_esim_outgoing_transfers: cdktf.booleanToTerraform(this._allowEsimOutgoingTransfers),
      allow_explicit_content: cdktf.booleanToTerraform(this._allowExplicitContent),
      allow_file_sharing_modification: cdktf.booleanToTerraform(this._allowFileSharingModification),
      allow_files_network_drive_access: cdktf.booleanToTerraform(this._allowFilesNetworkDriveAccess),
      allow_files_usb_drive_access: cdktf.booleanToTerraform(this._allowFilesUsbDriveAccess),
      allow_find_my_device: cdktf.booleanToTerraform(this._allowFindMyDevice),
      allow_find_my_friends: cdktf.booleanToTerraform(this._allowFindMyFriends),
      allow_find_my_friends_modification: cdktf.booleanToTerraform(this._allowFindMyFriendsModification),
      allow_fingerprint_for_unlock: cdktf.booleanToTerraform(this._allowFingerprintForUnlock),
      allow_fingerprint_modification: cdktf.booleanToTerraform(this._allowFingerprintModification),
      allow_game_center: cdktf.booleanToTerraform(this._allowGameCenter),
      allow_genmoji: cdktf.booleanToTerraform(this._allowGenmoji),
      allow_global_background_fetch_when_roaming: cdktf.booleanToTerraform(this._allowGlobalBackgroundFetchWhenRoaming),
      allow_host_pairing: cdktf.booleanToTerraform(this._allowHostPairing),
      allow_image_playground: cdktf.booleanToTerraform(this._allowImagePlayground),
      allow_image_wand: cdktf.booleanToTerraform(this._allowImageWand),
      allow_in_app_purchases: cdktf.booleanToTerraform(this._allowInAppPurchases),
      allow_internet_sharing_modification: cdktf.booleanToTerraform(this._allowInternetSharingModification),
      allow_iphone_mirroring: cdktf.booleanToTerraform(this._allowIphoneMirroring),
      allow_iphone_widgets_on_mac: cdktf.booleanToTerraform(this._allowIphoneWidgetsOnMac),
      allow_itunes: cdktf.booleanToTerraform(this._allowItunes),
      allow_itunes_file_sharing: cdktf.booleanToTerraform(this._allowItunesFileSharing),
      allow_keyboard_shortcuts: cdktf.booleanToTerraform(this._allowKeyboardShortcuts),
      allow_listed_app_bundle_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._allowListedAppBundleIds),
      allow_live_voicemail: cdktf.booleanToTerraform(this._allowLiveVoicemail),
      allow_local_user_creation: cdktf.booleanToTerraform(this._allowLocalUserCreation),
      allow_lock_screen_control_center: cdktf.booleanToTerraform(this._allowLockScreenControlCenter),
      allow_lock_screen_notifications_view: cdktf.booleanToTerraform(this._allowLockScreenNotificationsView),
      allow_lock_screen_today_view: cdktf.booleanToTerraform(this._allowLockScreenTodayView),
      allow_mail_privacy_protection: cdktf.booleanToTerraform(this._allowMailPrivacyProtection),
      allow_mail_summary: cdktf.booleanToTerraform(this._allowMailSummary),
      allow_managed_apps_cloud_sync: cdktf.booleanToTerraform(this._allowManagedAppsCloudSync),
      allow_managed_to_write_unmanaged_contacts: cdktf.booleanToTerraform(this._allowManagedToWriteUnmanagedContacts),
      allow_marketplace_app_installation: cdktf.booleanToTerraform(this._allowMarketplaceAppInstallation),
      allow_media_sharing_modification: cdktf.booleanToTerraform(this._allowMediaSharingModification),
      allow_multiplayer_gaming: cdktf.booleanToTerraform(this._allowMultiplayerGaming),
      allow_music_service: cdktf.booleanToTerraform(this._allowMusicService),
      allow_news: cdktf.booleanToTerraform(this._allowNews),
      allow_nfc: cdktf.booleanToTerraform(this._allowNfc),
      allow_notifications_modification: cdktf.booleanToTerraform(this._allowNotificationsModification),
      allow_open_from_managed_to_unmanaged: cdktf.booleanToTerraform(this._allowOpenFromManagedToUnmanaged),
      allow_open_from_unmanaged_to_managed: cdktf.booleanToTerraform(this._allowOpenFromUnmanagedToManaged),
      allow_otapki_updates: cdktf.booleanToTerraform(this._allowOtapkiUpdates),
      allow_paired_watch: cdktf.booleanToTerraform(this._allowPairedWatch),
      allow_passbook_while_locked: cdktf.booleanToTerraform(this._allowPassbookWhileLocked),
      allow_passcode_modification: cdktf.booleanToTerraform(this._allowPasscodeModification),
      allow_password_auto_fill: cdktf.booleanToTerraform(this._allowPasswordAutoFill),
      allow_password_proximity_requests: cdktf.booleanToTerraform(this._allowPasswordProximityRequests),
      allow_password_sharing: cdktf.booleanToTerraform(this._allowPasswordSharing),
      allow_personal_hotspot_modification: cdktf.booleanToTerraform(this._allowPersonalHotspotModification),
      allow_personalized_handwriting_results: cdktf.booleanToTerraform(this._allowPersonalizedHandwritingResults),
      allow_photo_stream: cdktf.booleanToTerraform(this._allowPhotoStream),
      allow_podcasts: cdktf.booleanToTerraform(this._allowPodcasts),
      allow_predictive_keyboard: cdktf.booleanToTerraform(this._allowPredictiveKeyboard),
      allow_printer_sharing_modification: cdktf.booleanToTerraform(this._allowPrinterSharingModification),
      allow_proximity_setup_to_new_device: cdktf.booleanToTerraform(this._allowProximitySetupToNewDevice),
      allow_radio_service: cdktf.booleanToTerraform(this._allowRadioService),
      allow_rapid_security_response_installation: cdktf.booleanToTerraform(this._allowRapidSecurityResponseInstallation),
      allow_rapid_security_response_removal: cdktf.booleanToTerraform(this._allowRapidSecurityResponseRemoval),
      allow_rcs_messaging: cdktf.booleanToTerraform(this._allowRcsMessaging),
      allow_remote_app_pairing: cdktf.booleanToTerraform(this._allowRemoteAppPairing),
      allow_remote_apple_events_modification: cdktf.booleanToTerraform(this._allowRemoteAppleEventsModification),
      allow_remote_screen_observation: cdktf.booleanToTerraform(this._allowRemoteScreenObservation),
      allow_safari: cdktf.booleanToTerraform(this._allowSafari),
      allow_screen_shot: cdktf.booleanToTerraform(this._allowScreenShot),
      allow_shared_device_temporary_session: cdktf.booleanToTerraform(this._allowSharedDeviceTemporarySession),
      allow_shared_stream: cdktf.booleanToTerraform(this._allowSharedStream),
      allow_spell_check: cdktf.booleanToTerraform(this._allowSpellCheck),
      allow_spotlight_internet_results: cdktf.booleanToTerraform(this._allowSpotlightInternetResults),
      allow_startup_disk_modification: cdktf.booleanToTerraform(this._allowStartupDiskModification),
      allow_system_app_removal: cdktf.booleanToTerraform(this._allowSystemAppRemoval),
      allow_time_machine_backup: cdktf.booleanToTerraform(this._allowTimeMachineBackup),
      allow_ui_app_installation: cdktf.booleanToTerraform(this._allowUiAppInstallation),
      allow_ui_configuration_profile_installation: cdktf.booleanToTerraform(this._allowUiConfigurationProfileInstallation),
      allow_universal_control: cdktf.booleanToTerraform(this._allowUniversalControl),
      allow_unmanaged_to_read_managed_contacts: cdktf.booleanToTerraform(this._allowUnmanagedToReadManagedContacts),
      allow_unpaired_external_boot_to_recovery: cdktf.booleanToTerraform(this._allowUnpairedExternalBootToRecovery),
      allow_untrusted_tls_prompt: cdktf.booleanToTerraform(this._allowUntrustedTlsPrompt),
      allow_usb_restricted_mode: cdktf.booleanToTerraform(this._allowUsbRestrictedMode),
      allow_video_conferencing: cdktf.booleanToTerraform(this._allowVideoConferencing),
      allow_voice_dialing: cdktf.booleanToTerraform(this._allowVoiceDialing),
      allow_vpn_creation: cdktf.booleanToTerraform(this._allowVpnCreation),
      allow_wallpaper_modification: cdktf.booleanToTerraform(this._allowWallpaperModification),
      allow_web_distribution_app_installation: cdktf.booleanToTerraform(this._allowWebDistributionAppInstallation),
      allow_writing_tools: cdktf.booleanToTerraform(this._allowWritingTools),
      autonomous_single_app_mode_permitted_app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._autonomousSingleAppModePermittedAppIds),
      blacklisted_app_bundle_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._blacklistedAppBundleIds),
      blocked_app_bundle_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._blockedAppBundleIds),
      enforced_fingerprint_timeout: cdktf.numberToTerraform(this._enforcedFingerprintTimeout),
      enforced_software_update_delay: cdktf.numberToTerraform(this._enforcedSoftwareUpdateDelay),
      enforced_software_update_major_os_deferred_install_delay: cdktf.numberToTerraform(this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay),
      enforced_software_update_minor_os_deferred_install_delay: cdktf.numberToTerraform(this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay),
      enforced_software_update_non_os_deferred_install_delay: cdktf.numberToTerraform(this._enforcedSoftwareUpdateNonOsDeferredInstallDelay),
      extra: cdktf.stringToTerraform(this._extra),
      force_air_drop_unmanaged: cdktf.booleanToTerraform(this._forceAirDropUnmanaged),
      force_air_play_incoming_requests_pairing_password: cdktf.booleanToTerraform(this._forceAirPlayIncomingRequestsPairingPassword),
      force_air_play_outgoing_requests_pairing_password: cdktf.booleanToTerraform(this._forceAirPlayOutgoingRequestsPairingPassword),
      force_air_print_trusted_tls_requirement: cdktf.booleanToTerraform(this._forceAirPrintTrustedTlsRequirement),
      force_assistant_profanity_filter: cdktf.booleanToTerraform(this._forceAssistantProfanityFilter),
      force_authentication_before_auto_fill: cdktf.booleanToTerraform(this._forceAuthenticationBeforeAutoFill),
      force_automatic_date_and_time: cdktf.booleanToTerraform(this._forceAutomaticDateAndTime),
      force_bypass_screen_capture_alert: cdktf.booleanToTerraform(this._forceBypassScreenCaptureAlert),
      force_classroom_automatically_join_classes: cdktf.booleanToTerraform(this._forceClassroomAutomaticallyJoinClasses),
      force_classroom_request_permission_to_leave_classes: cdktf.booleanToTerraform(this._forceClassroomRequestPermissionToLeaveClasses),
      force_classroom_unprompted_app_and_device_lock: cdktf.booleanToTerraform(this._forceClassroomUnpromptedAppAndDeviceLock),
      force_classroom_unprompted_screen_observation: cdktf.booleanToTerraform(this._forceClassroomUnpromptedScreenObservation),
      force_delayed_app_software_updates: cdktf.booleanToTerraform(this._forceDelayedAppSoftwareUpdates),
      force_delayed_major_software_updates: cdktf.booleanToTerraform(this._forceDelayedMajorSoftwareUpdates),
      force_delayed_software_updates: cdktf.booleanToTerraform(this._forceDelayedSoftwareUpdates),
      force_encrypted_backup: cdktf.booleanToTerraform(this._forceEncryptedBackup),
      force_itunes_store_password_entry: cdktf.booleanToTerraform(this._forceItunesStorePasswordEntry),
      force_limit_ad_tracking: cdktf.booleanToTerraform(this._forceLimitAdTracking),
      force_on_device_only_dictation: cdktf.booleanToTerraform(this._forceOnDeviceOnlyDictation),
      force_on_device_only_translation: cdktf.booleanToTerraform(this._forceOnDeviceOnlyTranslation),
      force_preserve_esim_on_erase: cdktf.booleanToTerraform(this._forcePreserveEsimOnErase),
      force_watch_wrist_detection: cdktf.booleanToTerraform(this._forceWatchWristDetection),
      force_wi_fi_power_on: cdktf.booleanToTerraform(this._forceWiFiPowerOn),
      force_wi_fi_to_allowed_networks_only: cdktf.booleanToTerraform(this._forceWiFiToAllowedNetworksOnly),
      force_wi_fi_whitelisting: cdktf.booleanToTerraform(this._forceWiFiWhitelisting),
      identifier: cdktf.stringToTerraform(this._identifier),
      name: cdktf.stringToTerraform(this._name ?? this.friendlyUniqueId),
      rating_apps: cdktf.numberToTerraform(this._ratingApps),
      rating_movies: cdktf.numberToTerraform(this._ratingMovies),
      rating_region: cdktf.stringToTerraform(this._ratingRegion),
      rating_tv_shows: cdktf.numberToTerraform(this._ratingTvShows),
      require_managed_pasteboard: cdktf.booleanToTerraform(this._requireManagedPasteboard),
      safari_accept_cookies: cdktf.numberToTerraform(this._safariAcceptCookies),
      safari_allow_auto_fill: cdktf.booleanToTerraform(this._safariAllowAutoFill),
      safari_allow_java_script: cdktf.booleanToTerraform(this._safariAllowJavaScript),
      safari_allow_popups: cdktf.booleanToTerraform(this._safariAllowPopups),
      safari_force_fraud_warning: cdktf.booleanToTerraform(this._safariForceFraudWarning),
      whitelisted_app_bundle_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._whitelistedAppBundleIds),
      icloud: restrictionsIcloudToTerraform(this._icloud.internalValue),
      open_in: restrictionsOpenInToTerraform(this._openIn.internalValue),
      scope: restrictionsScopeToTerraform(this._scope.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adopt: {
        value: cdktf.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_account_modification: {
        value: cdktf.booleanToHclTerraform(this._allowAccountModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_activity_continuation: {
        value: cdktf.booleanToHclTerraform(this._allowActivityContinuation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_adding_game_center_friends: {
        value: cdktf.booleanToHclTerraform(this._allowAddingGameCenterFriends),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_air_drop: {
        value: cdktf.booleanToHclTerraform(this._allowAirDrop),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_air_play_incoming_requests: {
        value: cdktf.booleanToHclTerraform(this._allowAirPlayIncomingRequests),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_air_print: {
        value: cdktf.booleanToHclTerraform(this._allowAirPrint),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_air_print_credentials_storage: {
        value: cdktf.booleanToHclTerraform(this._allowAirPrintCredentialsStorage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_air_print_ibeacon_discovery: {
        value: cdktf.booleanToHclTerraform(this._allowAirPrintIbeaconDiscovery),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_app_cellular_data_modification: {
        value: cdktf.booleanToHclTerraform(this._allowAppCellularDataModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_app_clips: {
        value: cdktf.booleanToHclTerraform(this._allowAppClips),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_app_installation: {
        value: cdktf.booleanToHclTerraform(this._allowAppInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_app_removal: {
        value: cdktf.booleanToHclTerraform(this._allowAppRemoval),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_apple_personalized_advertising: {
        value: cdktf.booleanToHclTerraform(this._allowApplePersonalizedAdvertising),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_apps_to_be_hidden: {
        value: cdktf.booleanToHclTerraform(this._allowAppsToBeHidden),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_apps_to_be_locked: {
        value: cdktf.booleanToHclTerraform(this._allowAppsToBeLocked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_ard_remote_management_modification: {
        value: cdktf.booleanToHclTerraform(this._allowArdRemoteManagementModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_assistant: {
        value: cdktf.booleanToHclTerraform(this._allowAssistant),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_assistant_user_generated_content: {
        value: cdktf.booleanToHclTerraform(this._allowAssistantUserGeneratedContent),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_assistant_while_locked: {
        value: cdktf.booleanToHclTerraform(this._allowAssistantWhileLocked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_auto_correction: {
        value: cdktf.booleanToHclTerraform(this._allowAutoCorrection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_auto_dim: {
        value: cdktf.booleanToHclTerraform(this._allowAutoDim),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_auto_unlock: {
        value: cdktf.booleanToHclTerraform(this._allowAutoUnlock),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_automatic_app_downloads: {
        value: cdktf.booleanToHclTerraform(this._allowAutomaticAppDownloads),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_automatic_screen_saver: {
        value: cdktf.booleanToHclTerraform(this._allowAutomaticScreenSaver),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_bluetooth_modification: {
        value: cdktf.booleanToHclTerraform(this._allowBluetoothModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_bluetooth_sharing_modification: {
        value: cdktf.booleanToHclTerraform(this._allowBluetoothSharingModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_bookstore: {
        value: cdktf.booleanToHclTerraform(this._allowBookstore),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_bookstore_erotica: {
        value: cdktf.booleanToHclTerraform(this._allowBookstoreErotica),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_call_recording: {
        value: cdktf.booleanToHclTerraform(this._allowCallRecording),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_camera: {
        value: cdktf.booleanToHclTerraform(this._allowCamera),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cellular_plan_modification: {
        value: cdktf.booleanToHclTerraform(this._allowCellularPlanModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_chat: {
        value: cdktf.booleanToHclTerraform(this._allowChat),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_address_book: {
        value: cdktf.booleanToHclTerraform(this._allowCloudAddressBook),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_backup: {
        value: cdktf.booleanToHclTerraform(this._allowCloudBackup),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_bookmarks: {
        value: cdktf.booleanToHclTerraform(this._allowCloudBookmarks),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_calendar: {
        value: cdktf.booleanToHclTerraform(this._allowCloudCalendar),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_desktop_and_documents: {
        value: cdktf.booleanToHclTerraform(this._allowCloudDesktopAndDocuments),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_document_sync: {
        value: cdktf.booleanToHclTerraform(this._allowCloudDocumentSync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_freeform: {
        value: cdktf.booleanToHclTerraform(this._allowCloudFreeform),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_keychain_sync: {
        value: cdktf.booleanToHclTerraform(this._allowCloudKeychainSync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_mail: {
        value: cdktf.booleanToHclTerraform(this._allowCloudMail),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_notes: {
        value: cdktf.booleanToHclTerraform(this._allowCloudNotes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_photo_library: {
        value: cdktf.booleanToHclTerraform(this._allowCloudPhotoLibrary),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_private_relay: {
        value: cdktf.booleanToHclTerraform(this._allowCloudPrivateRelay),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_cloud_reminders: {
        value: cdktf.booleanToHclTerraform(this._allowCloudReminders),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_content_caching: {
        value: cdktf.booleanToHclTerraform(this._allowContentCaching),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_continuous_path_keyboard: {
        value: cdktf.booleanToHclTerraform(this._allowContinuousPathKeyboard),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_definition_lookup: {
        value: cdktf.booleanToHclTerraform(this._allowDefinitionLookup),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_device_name_modification: {
        value: cdktf.booleanToHclTerraform(this._allowDeviceNameModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_device_sleep: {
        value: cdktf.booleanToHclTerraform(this._allowDeviceSleep),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_diagnostic_submission: {
        value: cdktf.booleanToHclTerraform(this._allowDiagnosticSubmission),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_diagnostic_submission_modification: {
        value: cdktf.booleanToHclTerraform(this._allowDiagnosticSubmissionModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_dictation: {
        value: cdktf.booleanToHclTerraform(this._allowDictation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_enabling_restrictions: {
        value: cdktf.booleanToHclTerraform(this._allowEnablingRestrictions),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_enterprise_app_trust: {
        value: cdktf.booleanToHclTerraform(this._allowEnterpriseAppTrust),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_enterprise_book_backup: {
        value: cdktf.booleanToHclTerraform(this._allowEnterpriseBookBackup),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_enterprise_book_metadata_sync: {
        value: cdktf.booleanToHclTerraform(this._allowEnterpriseBookMetadataSync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_erase_content_and_settings: {
        value: cdktf.booleanToHclTerraform(this._allowEraseContentAndSettings),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_esim_modification: {
        value: cdktf.booleanToHclTerraform(this._allowEsimModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_esim_outgoing_transfers: {
        value: cdktf.booleanToHclTerraform(this._allowEsimOutgoingTransfers),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_explicit_content: {
        value: cdktf.booleanToHclTerraform(this._allowExplicitContent),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_file_sharing_modification: {
        value: cdktf.booleanToHclTerraform(this._allowFileSharingModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_files_network_drive_access: {
        value: cdktf.booleanToHclTerraform(this._allowFilesNetworkDriveAccess),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_files_usb_drive_access: {
        value: cdktf.booleanToHclTerraform(this._allowFilesUsbDriveAccess),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_find_my_device: {
        value: cdktf.booleanToHclTerraform(this._allowFindMyDevice),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_find_my_friends: {
        value: cdktf.booleanToHclTerraform(this._allowFindMyFriends),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_find_my_friends_modification: {
        value: cdktf.booleanToHclTerraform(this._allowFindMyFriendsModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_fingerprint_for_unlock: {
        value: cdktf.booleanToHclTerraform(this._allowFingerprintForUnlock),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_fingerprint_modification: {
        value: cdktf.booleanToHclTerraform(this._allowFingerprintModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_game_center: {
        value: cdktf.booleanToHclTerraform(this._allowGameCenter),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_genmoji: {
        value: cdktf.booleanToHclTerraform(this._allowGenmoji),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_global_background_fetch_when_roaming: {
        value: cdktf.booleanToHclTerraform(this._allowGlobalBackgroundFetchWhenRoaming),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_host_pairing: {
        value: cdktf.booleanToHclTerraform(this._allowHostPairing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_image_playground: {
        value: cdktf.booleanToHclTerraform(this._allowImagePlayground),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_image_wand: {
        value: cdktf.booleanToHclTerraform(this._allowImageWand),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_in_app_purchases: {
        value: cdktf.booleanToHclTerraform(this._allowInAppPurchases),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_internet_sharing_modification: {
        value: cdktf.booleanToHclTerraform(this._allowInternetSharingModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_iphone_mirroring: {
        value: cdktf.booleanToHclTerraform(this._allowIphoneMirroring),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_iphone_widgets_on_mac: {
        value: cdktf.booleanToHclTerraform(this._allowIphoneWidgetsOnMac),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_itunes: {
        value: cdktf.booleanToHclTerraform(this._allowItunes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_itunes_file_sharing: {
        value: cdktf.booleanToHclTerraform(this._allowItunesFileSharing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_keyboard_shortcuts: {
        value: cdktf.booleanToHclTerraform(this._allowKeyboardShortcuts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_listed_app_bundle_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._allowListedAppBundleIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      allow_live_voicemail: {
        value: cdktf.booleanToHclTerraform(this._allowLiveVoicemail),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_local_user_creation: {
        value: cdktf.booleanToHclTerraform(this._allowLocalUserCreation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_lock_screen_control_center: {
        value: cdktf.booleanToHclTerraform(this._allowLockScreenControlCenter),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_lock_screen_notifications_view: {
        value: cdktf.booleanToHclTerraform(this._allowLockScreenNotificationsView),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_lock_screen_today_view: {
        value: cdktf.booleanToHclTerraform(this._allowLockScreenTodayView),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_mail_privacy_protection: {
        value: cdktf.booleanToHclTerraform(this._allowMailPrivacyProtection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_mail_summary: {
        value: cdktf.booleanToHclTerraform(this._allowMailSummary),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_managed_apps_cloud_sync: {
        value: cdktf.booleanToHclTerraform(this._allowManagedAppsCloudSync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_managed_to_write_unmanaged_contacts: {
        value: cdktf.booleanToHclTerraform(this._allowManagedToWriteUnmanagedContacts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_marketplace_app_installation: {
        value: cdktf.booleanToHclTerraform(this._allowMarketplaceAppInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_media_sharing_modification: {
        value: cdktf.booleanToHclTerraform(this._allowMediaSharingModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_multiplayer_gaming: {
        value: cdktf.booleanToHclTerraform(this._allowMultiplayerGaming),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_music_service: {
        value: cdktf.booleanToHclTerraform(this._allowMusicService),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_news: {
        value: cdktf.booleanToHclTerraform(this._allowNews),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_nfc: {
        value: cdktf.booleanToHclTerraform(this._allowNfc),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_notifications_modification: {
        value: cdktf.booleanToHclTerraform(this._allowNotificationsModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_open_from_managed_to_unmanaged: {
        value: cdktf.booleanToHclTerraform(this._allowOpenFromManagedToUnmanaged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_open_from_unmanaged_to_managed: {
        value: cdktf.booleanToHclTerraform(this._allowOpenFromUnmanagedToManaged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_otapki_updates: {
        value: cdktf.booleanToHclTerraform(this._allowOtapkiUpdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_paired_watch: {
        value: cdktf.booleanToHclTerraform(this._allowPairedWatch),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_passbook_while_locked: {
        value: cdktf.booleanToHclTerraform(this._allowPassbookWhileLocked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_passcode_modification: {
        value: cdktf.booleanToHclTerraform(this._allowPasscodeModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_password_auto_fill: {
        value: cdktf.booleanToHclTerraform(this._allowPasswordAutoFill),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_password_proximity_requests: {
        value: cdktf.booleanToHclTerraform(this._allowPasswordProximityRequests),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_password_sharing: {
        value: cdktf.booleanToHclTerraform(this._allowPasswordSharing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_personal_hotspot_modification: {
        value: cdktf.booleanToHclTerraform(this._allowPersonalHotspotModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_personalized_handwriting_results: {
        value: cdktf.booleanToHclTerraform(this._allowPersonalizedHandwritingResults),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_photo_stream: {
        value: cdktf.booleanToHclTerraform(this._allowPhotoStream),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_podcasts: {
        value: cdktf.booleanToHclTerraform(this._allowPodcasts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_predictive_keyboard: {
        value: cdktf.booleanToHclTerraform(this._allowPredictiveKeyboard),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_printer_sharing_modification: {
        value: cdktf.booleanToHclTerraform(this._allowPrinterSharingModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_proximity_setup_to_new_device: {
        value: cdktf.booleanToHclTerraform(this._allowProximitySetupToNewDevice),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_radio_service: {
        value: cdktf.booleanToHclTerraform(this._allowRadioService),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_rapid_security_response_installation: {
        value: cdktf.booleanToHclTerraform(this._allowRapidSecurityResponseInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_rapid_security_response_removal: {
        value: cdktf.booleanToHclTerraform(this._allowRapidSecurityResponseRemoval),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_rcs_messaging: {
        value: cdktf.booleanToHclTerraform(this._allowRcsMessaging),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_remote_app_pairing: {
        value: cdktf.booleanToHclTerraform(this._allowRemoteAppPairing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_remote_apple_events_modification: {
        value: cdktf.booleanToHclTerraform(this._allowRemoteAppleEventsModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_remote_screen_observation: {
        value: cdktf.booleanToHclTerraform(this._allowRemoteScreenObservation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_safari: {
        value: cdktf.booleanToHclTerraform(this._allowSafari),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_screen_shot: {
        value: cdktf.booleanToHclTerraform(this._allowScreenShot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_shared_device_temporary_session: {
        value: cdktf.booleanToHclTerraform(this._allowSharedDeviceTemporarySession),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_shared_stream: {
        value: cdktf.booleanToHclTerraform(this._allowSharedStream),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_spell_check: {
        value: cdktf.booleanToHclTerraform(this._allowSpellCheck),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_spotlight_internet_results: {
        value: cdktf.booleanToHclTerraform(this._allowSpotlightInternetResults),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_startup_disk_modification: {
        value: cdktf.booleanToHclTerraform(this._allowStartupDiskModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_system_app_removal: {
        value: cdktf.booleanToHclTerraform(this._allowSystemAppRemoval),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_time_machine_backup: {
        value: cdktf.booleanToHclTerraform(this._allowTimeMachineBackup),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_ui_app_installation: {
        value: cdktf.booleanToHclTerraform(this._allowUiAppInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_ui_configuration_profile_installation: {
        value: cdktf.booleanToHclTerraform(this._allowUiConfigurationProfileInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_universal_control: {
        value: cdktf.booleanToHclTerraform(this._allowUniversalControl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_unmanaged_to_read_managed_contacts: {
        value: cdktf.booleanToHclTerraform(this._allowUnmanagedToReadManagedContacts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_unpaired_external_boot_to_recovery: {
        value: cdktf.booleanToHclTerraform(this._allowUnpairedExternalBootToRecovery),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_untrusted_tls_prompt: {
        value: cdktf.booleanToHclTerraform(this._allowUntrustedTlsPrompt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_usb_restricted_mode: {
        value: cdktf.booleanToHclTerraform(this._allowUsbRestrictedMode),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_video_conferencing: {
        value: cdktf.booleanToHclTerraform(this._allowVideoConferencing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_voice_dialing: {
        value: cdktf.booleanToHclTerraform(this._allowVoiceDialing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_vpn_creation: {
        value: cdktf.booleanToHclTerraform(this._allowVpnCreation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_wallpaper_modification: {
        value: cdktf.booleanToHclTerraform(this._allowWallpaperModification),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_web_distribution_app_installation: {
        value: cdktf.booleanToHclTerraform(this._allowWebDistributionAppInstallation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_writing_tools: {
        value: cdktf.booleanToHclTerraform(this._allowWritingTools),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      autonomous_single_app_mode_permitted_app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._autonomousSingleAppModePermittedAppIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      blacklisted_app_bundle_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._blacklistedAppBundleIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      blocked_app_bundle_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._blockedAppBundleIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      enforced_fingerprint_timeout: {
        value: cdktf.numberToHclTerraform(this._enforcedFingerprintTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enforced_software_update_delay: {
        value: cdktf.numberToHclTerraform(this._enforcedSoftwareUpdateDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enforced_software_update_major_os_deferred_install_delay: {
        value: cdktf.numberToHclTerraform(this._enforcedSoftwareUpdateMajorOsDeferredInstallDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enforced_software_update_minor_os_deferred_install_delay: {
        value: cdktf.numberToHclTerraform(this._enforcedSoftwareUpdateMinorOsDeferredInstallDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enforced_software_update_non_os_deferred_install_delay: {
        value: cdktf.numberToHclTerraform(this._enforcedSoftwareUpdateNonOsDeferredInstallDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      extra: {
        value: cdktf.stringToHclTerraform(this._extra),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_air_drop_unmanaged: {
        value: cdktf.booleanToHclTerraform(this._forceAirDropUnmanaged),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_air_play_incoming_requests_pairing_password: {
        value: cdktf.booleanToHclTerraform(this._forceAirPlayIncomingRequestsPairingPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_air_play_outgoing_requests_pairing_password: {
        value: cdktf.booleanToHclTerraform(this._forceAirPlayOutgoingRequestsPairingPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_air_print_trusted_tls_requirement: {
        value: cdktf.booleanToHclTerraform(this._forceAirPrintTrustedTlsRequirement),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_assistant_profanity_filter: {
        value: cdktf.booleanToHclTerraform(this._forceAssistantProfanityFilter),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_authentication_before_auto_fill: {
        value: cdktf.booleanToHclTerraform(this._forceAuthenticationBeforeAutoFill),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_automatic_date_and_time: {
        value: cdktf.booleanToHclTerraform(this._forceAutomaticDateAndTime),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_bypass_screen_capture_alert: {
        value: cdktf.booleanToHclTerraform(this._forceBypassScreenCaptureAlert),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_classroom_automatically_join_classes: {
        value: cdktf.booleanToHclTerraform(this._forceClassroomAutomaticallyJoinClasses),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_classroom_request_permission_to_leave_classes: {
        value: cdktf.booleanToHclTerraform(this._forceClassroomRequestPermissionToLeaveClasses),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_classroom_unprompted_app_and_device_lock: {
        value: cdktf.booleanToHclTerraform(this._forceClassroomUnpromptedAppAndDeviceLock),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_classroom_unprompted_screen_observation: {
        value: cdktf.booleanToHclTerraform(this._forceClassroomUnpromptedScreenObservation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_delayed_app_software_updates: {
        value: cdktf.booleanToHclTerraform(this._forceDelayedAppSoftwareUpdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_delayed_major_software_updates: {
        value: cdktf.booleanToHclTerraform(this._forceDelayedMajorSoftwareUpdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_delayed_software_updates: {
        value: cdktf.booleanToHclTerraform(this._forceDelayedSoftwareUpdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_encrypted_backup: {
        value: cdktf.booleanToHclTerraform(this._forceEncryptedBackup),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_itunes_store_password_entry: {
        value: cdktf.booleanToHclTerraform(this._forceItunesStorePasswordEntry),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_limit_ad_tracking: {
        value: cdktf.booleanToHclTerraform(this._forceLimitAdTracking),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_on_device_only_dictation: {
        value: cdktf.booleanToHclTerraform(this._forceOnDeviceOnlyDictation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_on_device_only_translation: {
        value: cdktf.booleanToHclTerraform(this._forceOnDeviceOnlyTranslation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_preserve_esim_on_erase: {
        value: cdktf.booleanToHclTerraform(this._forcePreserveEsimOnErase),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_watch_wrist_detection: {
        value: cdktf.booleanToHclTerraform(this._forceWatchWristDetection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_wi_fi_power_on: {
        value: cdktf.booleanToHclTerraform(this._forceWiFiPowerOn),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_wi_fi_to_allowed_networks_only: {
        value: cdktf.booleanToHclTerraform(this._forceWiFiToAllowedNetworksOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_wi_fi_whitelisting: {
        value: cdktf.booleanToHclTerraform(this._forceWiFiWhitelisting),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name ?? this.friendlyUniqueId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rating_apps: {
        value: cdktf.numberToHclTerraform(this._ratingApps),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rating_movies: {
        value: cdktf.numberToHclTerraform(this._ratingMovies),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rating_region: {
        value: cdktf.stringToHclTerraform(this._ratingRegion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rating_tv_shows: {
        value: cdktf.numberToHclTerraform(this._ratingTvShows),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      require_managed_pasteboard: {
        value: cdktf.booleanToHclTerraform(this._requireManagedPasteboard),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      safari_accept_cookies: {
        value: cdktf.numberToHclTerraform(this._safariAcceptCookies),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      safari_allow_auto_fill: {
        value: cdktf.booleanToHclTerraform(this._safariAllowAutoFill),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      safari_allow_java_script: {
        value: cdktf.booleanToHclTerraform(this._safariAllowJavaScript),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      safari_allow_popups: {
        value: cdktf.booleanToHclTerraform(this._safariAllowPopups),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      safari_force_fraud_warning: {
        value: cdktf.booleanToHclTerraform(this._safariForceFraudWarning),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      whitelisted_app_bundle_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._whitelistedAppBundleIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      icloud: {
        value: restrictionsIcloudToHclTerraform(this._icloud.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RestrictionsIcloudList",
      },
      open_in: {
        value: restrictionsOpenInToHclTerraform(this._openIn.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RestrictionsOpenInList",
      },
      scope: {
        value: restrictionsScopeToHclTerraform(this._scope.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RestrictionsScopeList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
